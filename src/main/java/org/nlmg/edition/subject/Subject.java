package org.nlmg.edition.subject;

import java.util.Arrays;
import java.util.Optional;

import org.nlmg.edition.model.ContentKind;

/**
 * The two kinds of entry that chapters write notes on, themes and symbols: their pages
 * have the same shape, a discussion and a chapter-by-chapter tracker built from the
 * chapters' notes.
 */
public enum Subject {

	THEME(ContentKind.THEME, "Theme", "Chapter by chapter", "Themes",
			"The ideas essays on this novel are set on, each followed chapter by chapter."),

	SYMBOL(ContentKind.SYMBOL, "Symbol or motif", "Where it appears", "Symbols and motifs",
			"The objects, places and patterns that carry the novel's meaning, and where each appears.");

	private final ContentKind kind;

	private final String kicker;

	private final String trackerHeading;

	private final String listTitle;

	private final String listLead;

	Subject(ContentKind kind, String kicker, String trackerHeading, String listTitle, String listLead) {
		this.kind = kind;
		this.kicker = kicker;
		this.trackerHeading = trackerHeading;
		this.listTitle = listTitle;
		this.listLead = listLead;
	}

	static Optional<Subject> forFolder(String folder) {
		return Arrays.stream(values()).filter((subject) -> subject.kind.folder().equals(folder)).findFirst();
	}

	public ContentKind getKind() {
		return this.kind;
	}

	public String getKicker() {
		return this.kicker;
	}

	public String getTrackerHeading() {
		return this.trackerHeading;
	}

	public String getListTitle() {
		return this.listTitle;
	}

	public String getListLead() {
		return this.listLead;
	}

}
