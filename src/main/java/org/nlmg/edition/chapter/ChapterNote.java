package org.nlmg.edition.chapter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.nlmg.edition.content.ChapterTied;
import org.nlmg.edition.content.Entry;

/**
 * How a theme or symbol shows in one chapter. Written once, in the chapter's front matter, and shown
 * both on the chapter page and in the theme's or symbol's chapter-by-chapter tracker.
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

	@Column(length = 100_000)
	private String html;

	protected ChapterNote() {
	}

	ChapterNote(Chapter chapter, Entry subject) {
		this.chapter = chapter;
		this.subject = subject;
	}

	public void setHtml(String html) {
		this.html = html;
	}

	public Chapter getChapter() {
		return this.chapter;
	}

	public Entry getSubject() {
		return this.subject;
	}

	@Override
	public Integer getTiedChapter() {
		return this.chapter.getNumber();
	}

	public String getHtml() {
		return this.html;
	}

}
