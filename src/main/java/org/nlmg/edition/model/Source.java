package org.nlmg.edition.model;

import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One of the documents written about the novel that the edition annotates. Each field is
 * named as its front matter key is.
 */
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

	/** The bibliographic facts of a source, as its front matter gives them. */
	public record Facts(Genre genre, String author, String publisher, String date, String webAddress, String seed,
			String shortName, String citeTitle, String container) {
	}

	private String author;

	private String publisher;

	/** "2025", "2023-04-01" or "n.d.", as written. */
	private String date;

	@Enumerated(EnumType.STRING)
	private Genre genre;

	/** Where the document can be read online, when it can. */
	private String webAddress;

	/** The seed document this page annotates. */
	private String seed;

	/** How the edition's prose names it when a link gives no label: "Wikipedia". */
	private String shortName;

	/** The title to cite, when it differs from the page's title ("Introduction"). */
	private String citeTitle;

	/** The book or site the source is part of, when it is part of something larger. */
	private String container;

	protected Source() {
	}

	public Source(String slug, String title, String description, String sourcePath, Facts facts,
			List<RenderedSection> sections) {
		super(slug, title, description, sourcePath, null, sections);
		this.genre = facts.genre();
		this.author = facts.author();
		this.publisher = facts.publisher();
		this.date = facts.date();
		this.webAddress = facts.webAddress();
		this.seed = facts.seed();
		this.shortName = facts.shortName();
		this.citeTitle = facts.citeTitle();
		this.container = facts.container();
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.SOURCE;
	}

	@Override
	public String getLinkLabel() {
		return (this.shortName != null) ? this.shortName : super.getLinkLabel();
	}

	public String getCiteTitle() {
		return (this.citeTitle != null) ? this.citeTitle : getTitle();
	}

	public String getContainer() {
		return this.container;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getDate() {
		return this.date;
	}

	public Genre getGenre() {
		return this.genre;
	}

	/** Where the document itself can be read online, when it can. */
	public String getWebAddress() {
		return this.webAddress;
	}

	public String getSeed() {
		return this.seed;
	}

}
