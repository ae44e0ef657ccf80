package org.nlmg.edition.symbol;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.nlmg.edition.content.ContentKind;
import org.nlmg.edition.content.Entry;

@Entity
@DiscriminatorValue("symbol")
public class Symbol extends Entry {

	protected Symbol() {
	}

	public Symbol(String slug, String title, String description, String sourcePath) {
		super(slug, title, description, sourcePath);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.SYMBOL;
	}

	/** Set once the chapters are read: a symbol is met in the first chapter whose page notes it. */
	public void setFirstAppearance(int chapter) {
		appearsIn(chapter);
	}

}
