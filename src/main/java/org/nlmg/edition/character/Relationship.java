package org.nlmg.edition.character;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import org.nlmg.edition.content.ChapterTied;

/** A typed link from one character to another ("friend", "guardian of", "carer of" ...). */
@Embeddable
public class Relationship implements ChapterTied {

	private String type;

	@ManyToOne
	private NovelCharacter other;

	/** The chapter in which the reader learns of it, when that is itself a spoiler. */
	private Integer chapter;

	protected Relationship() {
	}

	Relationship(String type, NovelCharacter other, Integer chapter) {
		this.type = type;
		this.other = other;
		this.chapter = chapter;
	}

	public String getType() {
		return this.type;
	}

	public NovelCharacter getOther() {
		return this.other;
	}

	public Integer getChapter() {
		return this.chapter;
	}

	/** A relationship is news no earlier than the reader meets the other character. */
	@Override
	public Integer getTiedChapter() {
		return ChapterTied.latest(this.chapter, this.other.getTiedChapter());
	}

}
