package org.nlmg.edition.article;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.nlmg.edition.content.ContentKind;
import org.nlmg.edition.content.Entry;

@Entity
@DiscriminatorValue("page")
public class Article extends Entry {

	protected Article() {
	}

	public Article(String slug, String title, String description, String sourcePath) {
		super(slug, title, description, sourcePath);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.PAGE;
	}

}
