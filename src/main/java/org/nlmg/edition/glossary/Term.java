package org.nlmg.edition.glossary;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.nlmg.edition.content.ContentKind;
import org.nlmg.edition.content.Entry;

/** A word of the novel's own vocabulary; its title is the term as displayed. */
@Entity
@DiscriminatorValue("term")
public class Term extends Entry {

	/** Where the word first appears, so the glossary can hold back words a reader has not met. */
	private int firstChapter;

	protected Term() {
	}

	public Term(String slug, String term, int firstChapter, String sourcePath) {
		super(slug, term, null, sourcePath);
		this.firstChapter = firstChapter;
		setIntroducedIn(firstChapter);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.TERM;
	}

	public int getFirstChapter() {
		return this.firstChapter;
	}

}
