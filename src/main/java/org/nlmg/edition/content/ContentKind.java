package org.nlmg.edition.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of page the edition has: one folder under content/ and one URL space each. */
public enum ContentKind {

	CHAPTER("chapters", "chapter", "/chapters/"),
	CHARACTER("characters", "character", "/characters/"),
	THEME("themes", "theme", "/themes/"),
	SYMBOL("symbols", "symbol", "/symbols/"),
	TERM("glossary", "term", "/glossary#"),
	SOURCE("sources", "source", "/sources/"),
	PAGE("pages", "page", "/");

	private final String folder;

	private final String linkPrefix;

	private final String urlPrefix;

	ContentKind(String folder, String linkPrefix, String urlPrefix) {
		this.folder = folder;
		this.linkPrefix = linkPrefix;
		this.urlPrefix = urlPrefix;
	}

	public String folder() {
		return this.folder;
	}

	/** The word before the colon in a cross-link: {@code [[theme:memory]]}. */
	public String linkPrefix() {
		return this.linkPrefix;
	}

	public String url(String slug) {
		return this.urlPrefix + slug;
	}

	/** Glossary terms live as anchors on one page, so a link to them cannot carry an anchor of its own. */
	public boolean hasOwnPage() {
		return this != TERM;
	}

	public static Optional<ContentKind> forFolder(String folder) {
		return Arrays.stream(values()).filter((kind) -> kind.folder.equals(folder)).findFirst();
	}

	public static Optional<ContentKind> forLinkPrefix(String prefix) {
		return Arrays.stream(values()).filter((kind) -> kind.linkPrefix.equals(prefix)).findFirst();
	}

}
