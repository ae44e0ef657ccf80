package org.nlmg.edition.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nlmg.edition.entry.EntryView.SectionView;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.Term;

/**
 * The glossary for one reader: the terms met so far, sorted as a reader looks them up.
 *
 * @param terms the terms the reader may see
 * @param heldBack how many terms and parts of definitions were held back
 */
public record GlossaryView(List<TermView> terms, int heldBack) {

	/**
	 * The A–Z index: each initial letter of the terms shown, linking to its first term.
	 */
	public List<Letter> getLetters() {
		Map<String, String> first = new LinkedHashMap<>();
		for (TermView view : this.terms) {
			String title = lookUpTitle(view.term()).replaceFirst("^[^\\p{L}]+", "");
			String letter = title.isEmpty() ? "#" : title.substring(0, 1).toUpperCase(Locale.ENGLISH);
			first.putIfAbsent(letter, view.term().getSlug());
		}
		return first.entrySet().stream().map((letter) -> new Letter(letter.getKey(), letter.getValue())).toList();
	}

	/** A term's title as a reader looks it up: "the Gallery" under G. */
	static String lookUpTitle(Term term) {
		return term.getTitle().replaceFirst("^(?i)the ", "");
	}

	/** A letter of the A–Z index and the term it leads to. */
	public record Letter(String letter, String anchor) {
	}

	/**
	 * A term with its definition and the chapters whose pages list it.
	 */
	public record TermView(Term term, List<SectionView> sections, List<Chapter> chapters) {

		/** The chapter page where the term is first used. */
		public String getFirstUseUrl() {
			return Chapter.url(this.term.getIntroducedIn());
		}

	}

}
