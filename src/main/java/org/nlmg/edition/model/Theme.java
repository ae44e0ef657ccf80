package org.nlmg.edition.model;

import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("theme")
public class Theme extends Entry {

	protected Theme() {
	}

	public Theme(String slug, String title, String description, String sourcePath, Integer introducedIn,
			List<RenderedSection> sections) {
		super(slug, title, description, sourcePath, introducedIn, sections);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.THEME;
	}

}
