package org.nlmg.edition.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;

@Entity
@DiscriminatorValue("chapter")
public class Chapter extends Entry {

	// NUMBER is a type name in H2's SQL, which breaks the check constraint Hibernate
	// writes for it.
	@Column(name = "chapter_number")
	private Integer number;

	/** When the remembered events happen, and how old Kathy is then. */
	@Column(length = 1000)
	private String timeLayer;

	/** One paragraph for the one-page summaries, rendered. */
	@Column(length = 10_000)
	private String synopsis;

	@ManyToMany
	@OrderColumn
	private List<NovelCharacter> characters = new ArrayList<>();

	@ManyToMany
	@OrderColumn
	private List<Term> terms = new ArrayList<>();

	protected Chapter() {
	}

	public Chapter(int number, String title, String timeLayer, String description, String synopsis, String sourcePath,
			List<RenderedSection> sections, List<NovelCharacter> characters, List<Term> terms) {
		super(String.valueOf(number), title, description, sourcePath, number, sections);
		this.number = number;
		this.timeLayer = timeLayer;
		this.synopsis = synopsis;
		this.characters.addAll(characters);
		this.terms.addAll(terms);
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.CHAPTER;
	}

	@Override
	public String getLinkLabel() {
		return label(this.number);
	}

	/** How the edition names chapter N in links and lists: "Chapter 6". */
	public static String label(int number) {
		return "Chapter " + number;
	}

	/** The address of chapter N's page. */
	public static String url(int number) {
		return ContentKind.CHAPTER.url(String.valueOf(number));
	}

	/** "Chapter 6: The tape and the visitor in the doorway". */
	public String getFullTitle() {
		return getLinkLabel() + ": " + getTitle();
	}

	public int getNumber() {
		return this.number;
	}

	public Part getPart() {
		return Part.of(this.number);
	}

	/** The chapter in one paragraph of HTML, for the one-page summaries. */
	public String getSynopsis() {
		return this.synopsis;
	}

	public String getTimeLayer() {
		return this.timeLayer;
	}

	/** The characters present in the chapter, as its front matter lists them. */
	public List<NovelCharacter> getCharacters() {
		return List.copyOf(this.characters);
	}

	public List<Term> getTerms() {
		return List.copyOf(this.terms);
	}

}
