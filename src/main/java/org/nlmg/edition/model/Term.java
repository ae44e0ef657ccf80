package org.nlmg.edition.model;

import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A word of the novel's own vocabulary; its title is the term as displayed. */
@Entity
@DiscriminatorValue("term")
public class Term extends Entry {

	protected Term() {
	}

	/**
	 * @param introducedIn where the word first appears, so the glossary can hold back
	 * words a reader has not met
	 */
	public Term(String slug, String term, int introducedIn, String sourcePath, List<RenderedSection> sections) {
		super(slug, term, null, sourcePath, introducedIn, sections);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.TERM;
	}

}
