package org.nlmg.edition.theme;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.nlmg.edition.content.ContentKind;
import org.nlmg.edition.content.Entry;

@Entity
@DiscriminatorValue("theme")
public class Theme extends Entry {

	protected Theme() {
	}

	public Theme(String slug, String title, String description, String sourcePath) {
		super(slug, title, description, sourcePath);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.THEME;
	}

}
