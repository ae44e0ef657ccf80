package org.nlmg.edition.revision;

import java.util.List;

import org.nlmg.edition.entry.Link;

/**
 * The key-phrases page for one reader: the phrases of the chapters up to the position, by
 * chapter, perhaps narrowed to one theme or character.
 *
 * @param title the page's title
 * @param filter what the page is narrowed to ("Ruth"), or null for every phrase
 * @param chapters the chapters with phrases the reader may see, in the book's order
 * @param heldBack how many phrases were held back
 * @param themes the themes the shown phrases link to, as filters
 * @param characters the characters the shown phrases link to, as filters
 */
public record KeyPhrasesView(String title, String filter, List<ChapterPhrases> chapters, int heldBack,
		List<Link> themes, List<Link> characters) {

	/** A chapter's key phrases, with the chapter's link. */
	public record ChapterPhrases(int number, String title, String url, List<Phrase> phrases) {
	}

	/**
	 * @param html the phrase and its explanation, its links adapted for the reader
	 * @param url where it stands on its chapter page
	 */
	public record Phrase(String html, String url) {
	}

}
