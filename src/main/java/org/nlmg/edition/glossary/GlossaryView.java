package org.nlmg.edition.glossary;

import java.util.List;

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
	 * A term with its definition and the chapters whose pages list it.
	 */
	public record TermView(Term term, List<SectionView> sections, List<Chapter> chapters) {

		/** The chapter page where the term is first used. */
		public String getFirstUseUrl() {
			return Chapter.url(this.term.getIntroducedIn());
		}

	}

}
