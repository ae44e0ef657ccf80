package org.nlmg.edition.content;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;

/**
 * A heading and the prose under it, rendered to HTML once at load. A page is a list of sections so
 * that a section tied to a chapter can be left out for a reader who has not reached it.
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

	@Lob
	@Column(length = 1_000_000)
	private String html;

	/** The section's words without markup, for search (a string column, so that queries can lower() it). */
	@Column(length = 200_000)
	private String text;

	/** Every id inside the section (its heading's, its paragraphs'), space-separated. */
	@Column(length = 100_000)
	private String anchors;

	protected Section() {
	}

	public Section(String anchor, int level, String heading, Integer chapter, String html, List<String> anchors,
			String text) {
		this.anchor = anchor;
		this.level = level;
		this.heading = heading;
		this.chapter = chapter;
		this.html = html;
		this.anchors = String.join(" ", anchors);
		this.text = text;
	}

	void setEntry(Entry entry, int position) {
		this.entry = entry;
		this.position = position;
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

	public String getText() {
		return this.text;
	}

	/** Where a link to this section goes: its anchor on its page. */
	public String getUrl() {
		return this.entry.getUrl(this.anchor);
	}

	public List<String> getAnchors() {
		return this.anchors.isEmpty() ? List.of() : List.of(this.anchors.split(" "));
	}

}
