package org.nlmg.edition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * How a theme or symbol shows in one chapter. Written once, in the chapter's front
 * matter, and shown both on the chapter page and in the theme's or symbol's
 * chapter-by-chapter tracker.
 */
@Entity
public class ChapterNote implements ChapterTied {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private Chapter chapter;

	@ManyToOne(optional = false)
	private Entry subject;

	/**
	 * Where the note stands among the chapter's notes, as its front matter orders them.
	 */
	private int position;

	@Column(length = 100_000)
	private String html;

	protected ChapterNote() {
	}

	public ChapterNote(Chapter chapter, Entry subject, int position, String html) {
		this.chapter = chapter;
		this.subject = subject;
		this.position = position;
		this.html = html;
	}

	public Chapter getChapter() {
		return this.chapter;
	}

	public Entry getSubject() {
		return this.subject;
	}

	public int getPosition() {
		return this.position;
	}

	public String getHtml() {
		return this.html;
	}

	@Override
	public Integer getTiedChapter() {
		return this.chapter.getNumber();
	}

}
