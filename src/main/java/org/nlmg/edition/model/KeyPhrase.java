package org.nlmg.edition.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * One item of a chapter's "Key phrases": the phrase with its explanation, where it stands
 * on the chapter page, and the characters and themes its explanation links to.
 */
@Entity
public class KeyPhrase implements ChapterTied {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private Chapter chapter;

	/** Where it stands among its chapter's key phrases. */
	private int position;

	/** The item's id on the chapter page. */
	private String anchor;

	/** The latest chapter it draws on: its section's. */
	private Integer tiedChapter;

	@Column(length = 20_000)
	private String html;

	/** The entries its explanation links to, in the order it names them. */
	@ManyToMany
	@OrderColumn
	private List<Entry> linked = new ArrayList<>();

	protected KeyPhrase() {
	}

	public KeyPhrase(Chapter chapter, int position, String anchor, Integer tiedChapter, String html,
			List<Entry> linked) {
		this.chapter = chapter;
		this.position = position;
		this.anchor = anchor;
		this.tiedChapter = tiedChapter;
		this.html = html;
		this.linked.addAll(linked);
	}

	public Chapter getChapter() {
		return this.chapter;
	}

	public int getPosition() {
		return this.position;
	}

	public String getAnchor() {
		return this.anchor;
	}

	/** Where the phrase stands: its item on the chapter page. */
	public String getUrl() {
		return this.chapter.getUrl(this.anchor);
	}

	public String getHtml() {
		return this.html;
	}

	public List<Entry> getLinked() {
		return List.copyOf(this.linked);
	}

	@Override
	public Integer getTiedChapter() {
		return this.tiedChapter;
	}

}
