package org.nlmg.edition.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A typed link from one character to another ("friend", "guardian of", "carer of" ...).
 */
@Entity
public class Relationship implements ChapterTied {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private NovelCharacter character;

	/**
	 * Where it stands among the character's relationships, as the front matter orders
	 * them.
	 */
	private int position;

	private String type;

	@ManyToOne(optional = false)
	private NovelCharacter other;

	/** The chapter in which the reader learns of it, when that is itself a spoiler. */
	private Integer chapter;

	protected Relationship() {
	}

	public Relationship(NovelCharacter character, int position, String type, NovelCharacter other, Integer chapter) {
		this.character = character;
		this.position = position;
		this.type = type;
		this.other = other;
		this.chapter = chapter;
	}

	public NovelCharacter getCharacter() {
		return this.character;
	}

	public int getPosition() {
		return this.position;
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
