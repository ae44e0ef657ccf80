package org.nlmg.edition.chapter;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.nlmg.edition.character.NovelCharacter;
import org.nlmg.edition.content.ContentKind;
import org.nlmg.edition.content.Entry;
import org.nlmg.edition.glossary.Term;

@Entity
@DiscriminatorValue("chapter")
public class Chapter extends Entry {

	// NUMBER is a type name in H2's SQL, which breaks the check constraint Hibernate writes for it.
	@Column(name = "chapter_number")
	private Integer number;

	/** When the remembered events happen, and how old Kathy is then. */
	@Column(length = 1000)
	private String timeLayer;

	@ManyToMany
	@OrderColumn
	private List<NovelCharacter> characters = new ArrayList<>();

	@ManyToMany
	@OrderColumn
	private List<Term> terms = new ArrayList<>();

	@OneToMany(mappedBy = "chapter", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ChapterNote> notes = new ArrayList<>();

	protected Chapter() {
	}

	public Chapter(int number, String title, String timeLayer, String description, String sourcePath) {
		super(String.valueOf(number), title, description, sourcePath);
		this.number = number;
		setIntroducedIn(number);
		this.timeLayer = timeLayer;
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.CHAPTER;
	}

	@Override
	public String getLinkLabel() {
		return "Chapter " + this.number;
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

	public String getTimeLayer() {
		return this.timeLayer;
	}

	public List<NovelCharacter> getCharacters() {
		return this.characters;
	}

	public List<Term> getTerms() {
		return this.terms;
	}

	public List<ChapterNote> getNotes() {
		return this.notes;
	}

	public List<ChapterNote> getThemeNotes() {
		return notesAbout(ContentKind.THEME);
	}

	public List<ChapterNote> getSymbolNotes() {
		return notesAbout(ContentKind.SYMBOL);
	}

	private List<ChapterNote> notesAbout(ContentKind subjectKind) {
		return this.notes.stream().filter((note) -> note.getSubject().getKind() == subjectKind).toList();
	}

	/** A note on how a theme or symbol shows here; its prose is rendered once every link target is known. */
	public ChapterNote addNote(Entry subject) {
		ChapterNote note = new ChapterNote(this, subject);
		this.notes.add(note);
		return note;
	}

}
