package org.nlmg.edition.model;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A heading and the prose under it, rendered to HTML once at load. A page is a list of
 * sections so that a section tied to a chapter can be left out for a reader who has not
 * reached it.
 */
@Entity
public class Section implements ChapterTied {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private Entry entry;

	private int position;

	/** The heading's id; the lead section (before any heading) has none of its own. */
	private String anchor;

	/** 2 for {@code ##} and so on; 0 for the lead section. */
	private int level;

	@Column(length = 2000)
	private String heading;

	/** The latest chapter this section draws on, or null when it spoils nothing. */
	private Integer chapter;

	// A plain column, not a LOB: H2 reads LOBs through a stream on every access.
	@Column(length = 1_000_000)
	private String html;

	/**
	 * The section's words without markup, for search (a string column, so that queries
	 * can lower() it).
	 */
	@Column(length = 200_000)
	private String words;

	/** Every id inside the section (its heading's, its paragraphs'), space-separated. */
	@Column(length = 100_000)
	private String anchors;

	protected Section() {
	}

	Section(Entry entry, int position, RenderedSection rendered) {
		this.entry = entry;
		this.position = position;
		this.anchor = rendered.anchor();
		this.level = rendered.level();
		this.heading = rendered.heading();
		this.chapter = rendered.chapter();
		this.html = rendered.html();
		this.anchors = String.join(" ", rendered.anchors());
		this.words = rendered.words();
	}

	public Entry getEntry() {
		return this.entry;
	}

	public int getPosition() {
		return this.position;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public int getLevel() {
		return this.level;
	}

	public String getHeading() {
		return this.heading;
	}

	public Integer getChapter() {
		return this.chapter;
	}

	@Override
	public Integer getTiedChapter() {
		return this.chapter;
	}

	public String getHtml() {
		return this.html;
	}

	public String getWords() {
		return this.words;
	}

	/** Where a link to this section goes: its anchor on its page. */
	public String getUrl() {
		return this.entry.getUrl(this.anchor);
	}

	public List<String> getAnchors() {
		return this.anchors.isEmpty() ? List.of() : List.of(this.anchors.split(" "));
	}

}
