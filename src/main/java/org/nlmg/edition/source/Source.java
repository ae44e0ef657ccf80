package org.nlmg.edition.source;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.nlmg.edition.content.ContentKind;
import org.nlmg.edition.content.Entry;

/** One of the documents written about the novel that the edition annotates. */
@Entity
@DiscriminatorValue("source")
public class Source extends Entry {

	/** What kind of document it is, which tells a student how far to lean on it. */
	public enum Genre {

		AUTHOR("The author's own account"), ENCYCLOPEDIA("Encyclopedia article"), ESSAY("Reader's essay"),
		BLOG("Reader's blog post"), REVISION_GUIDE("Commercial revision page");

		private final String label;

		Genre(String label) {
			this.label = label;
		}

		public String getLabel() {
			return this.label;
		}

	}

	private String author;

	private String publisher;

	private String published;

	@Enumerated(EnumType.STRING)
	private Genre genre;

	private String webAddress;

	private String seed;

	/** How the edition's prose names it when a link gives no label: "Wikipedia". */
	private String shortName;

	/** The title to cite, when it differs from the page's title ("Introduction"). */
	private String citationTitle;

	/** The book or site the source is part of, when it is part of something larger. */
	private String container;

	protected Source() {
	}

	public Source(String slug, String title, String description, String sourcePath, Genre genre, String author,
			String publisher, String published, String webAddress, String seed, String shortName, String citationTitle,
			String container) {
		super(slug, title, description, sourcePath);
		this.genre = genre;
		this.author = author;
		this.publisher = publisher;
		this.published = published;
		this.webAddress = webAddress;
		this.seed = seed;
		this.shortName = shortName;
		this.citationTitle = citationTitle;
		this.container = container;
	}

	@Override
	public String getLinkLabel() {
		return (this.shortName != null) ? this.shortName : super.getLinkLabel();
	}

	public String getCitationTitle() {
		return (this.citationTitle != null) ? this.citationTitle : getTitle();
	}

	public String getContainer() {
		return this.container;
	}

	public Citations getCitations() {
		return Citations.of(this);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.SOURCE;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getPublished() {
		return this.published;
	}

	public Genre getGenre() {
		return this.genre;
	}

	/** Where the document can be read online, when it can. */
	public String getWebAddress() {
		return this.webAddress;
	}

	public String getSeed() {
		return this.seed;
	}

}
