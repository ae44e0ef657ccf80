package org.nlmg.edition.entry;

import org.nlmg.edition.model.ContentKind;

/**
 * One step of a page's breadcrumb trail below the home page; the last step is the page
 * itself, with no address.
 */
public record Crumb(String label, String url) {

	/** The page that lists every entry of a kind: "Themes", /themes. */
	public static Crumb index(ContentKind kind) {
		return new Crumb(kind.indexTitle(), kind.indexUrl());
	}

	/** A step that is not a kind's index: a part of the novel on the chapters page. */
	public static Crumb to(String label, String url) {
		return new Crumb(label, url);
	}

	/** The page being shown. */
	public static Crumb here(String label) {
		return new Crumb(label, null);
	}

}
