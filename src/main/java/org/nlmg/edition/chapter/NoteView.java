package org.nlmg.edition.chapter;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.reading.SpoilerPolicy;

/** How a theme or symbol shows in a chapter, its links adapted for the reader. */
public record NoteView(Entry subject, Chapter chapter, String html) {

	public static NoteView of(ChapterNote note, SpoilerPolicy policy) {
		return new NoteView(note.getSubject(), note.getChapter(), policy.prose(note.getHtml()));
	}

}
