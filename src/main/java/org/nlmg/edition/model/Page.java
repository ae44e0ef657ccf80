package org.nlmg.edition.model;

import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("page")
public class Page extends Entry {

	protected Page() {
	}

	public Page(String slug, String title, String description, String sourcePath, Integer introducedIn,
			List<RenderedSection> sections) {
		super(slug, title, description, sourcePath, introducedIn, sections);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.PAGE;
	}

}
