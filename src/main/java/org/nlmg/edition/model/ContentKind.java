package org.nlmg.edition.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of page the edition has: one folder under content/ and one URL space each.
 */
public enum ContentKind {

	CHAPTER("chapters", "chapter", "/chapters/", "Chapters", "chapter"),
	CHARACTER("characters", "character", "/characters/", "Characters", "character"),
	THEME("themes", "theme", "/themes/", "Themes", "theme"),
	SYMBOL("symbols", "symbol", "/symbols/", "Symbols", "symbol or motif"),
	TERM("glossary", "term", "/glossary#", "Glossary", "glossary term"),
	SOURCE("sources", "source", "/sources/", "Sources", "source"),
	QUIZ("quizzes", "quiz", "/quizzes/", "Quizzes", "quiz"), PAGE("pages", "page", "/", null, "page");

	private final String folder;

	private final String linkPrefix;

	private final String urlPrefix;

	private final String indexTitle;

	private final String noun;

	ContentKind(String folder, String linkPrefix, String urlPrefix, String indexTitle, String noun) {
		this.folder = folder;
		this.linkPrefix = linkPrefix;
		this.urlPrefix = urlPrefix;
		this.indexTitle = indexTitle;
		this.noun = noun;
	}

	public String folder() {
		return this.folder;
	}

	/** The word before the colon in a cross-link: {@code [[theme:memory]]}. */
	public String linkPrefix() {
		return this.linkPrefix;
	}

	/** What one entry of this kind is called in prose: "symbol or motif". */
	public String noun() {
		return this.noun;
	}

	public String url(String slug) {
		return this.urlPrefix + slug;
	}

	/**
	 * The title of the page that lists every entry of this kind, or null when there is
	 * none.
	 */
	public String indexTitle() {
		return this.indexTitle;
	}

	/**
	 * The address of the page that lists every entry of this kind, or null when there is
	 * none.
	 */
	public String indexUrl() {
		return (this.indexTitle != null) ? "/" + this.folder : null;
	}

	/**
	 * Glossary terms live as anchors on one page, so a link to them cannot carry an
	 * anchor of its own.
	 */
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
