package org.nlmg.edition.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A cross-link written in one page's prose, kept so that the target can list what
 * mentions it.
 */
@Entity
public class CrossReference implements ChapterTied {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private Entry source;

	/** The section of the source page the link stands in. */
	private String sourceAnchor;

	/** The chapter that section is tied to, so a back-link never leads into a spoiler. */
	private Integer chapter;

	@ManyToOne(optional = false)
	private Entry target;

	protected CrossReference() {
	}

	public CrossReference(Entry source, String sourceAnchor, Integer chapter, Entry target) {
		this.source = source;
		this.sourceAnchor = sourceAnchor;
		this.chapter = chapter;
		this.target = target;
	}

	public Entry getSource() {
		return this.source;
	}

	public String getSourceAnchor() {
		return this.sourceAnchor;
	}

	public Integer getChapter() {
		return this.chapter;
	}

	public Entry getTarget() {
		return this.target;
	}

	/** Where the link stands: the section of the source page. */
	public String getUrl() {
		return this.source.getUrl(this.sourceAnchor);
	}

	/**
	 * Held back until the reader has reached both the linking section and the page it is
	 * on.
	 */
	@Override
	public Integer getTiedChapter() {
		return ChapterTied.latest(this.chapter, this.source.getTiedChapter());
	}

}
