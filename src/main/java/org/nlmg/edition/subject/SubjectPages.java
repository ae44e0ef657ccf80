package org.nlmg.edition.subject;

import java.util.List;
import java.util.Set;

import org.nlmg.edition.chapter.ChapterNoteRepository;
import org.nlmg.edition.chapter.ChapterPages;
import org.nlmg.edition.chapter.NoteView;
import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryView.Card;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.picture.Grid;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the theme and symbol pages' models for a reader. */
@Service
@Transactional(readOnly = true)
public class SubjectPages {

	private final ThemeRepository themes;

	private final SymbolRepository symbols;

	private final ChapterNoteRepository notes;

	private final ChapterPages chapters;

	private final EntryViews entryViews;

	SubjectPages(ThemeRepository themes, SymbolRepository symbols, ChapterNoteRepository notes, ChapterPages chapters,
			EntryViews entryViews) {
		this.themes = themes;
		this.symbols = symbols;
		this.notes = notes;
		this.chapters = chapters;
		this.entryViews = entryViews;
	}

	/** The theme tracker for the themes index; symbols have none. */
	Grid tracker(Subject subject, SpoilerPolicy policy) {
		return (subject == Subject.THEME) ? this.chapters.themeTracker(policy) : null;
	}

	public Shown<Card> cards(Subject subject, SpoilerPolicy policy) {
		return this.entryViews.cards(repository(subject).findAllByOrderByTitleAsc(), policy);
	}

	SubjectView subject(Subject subject, String slug, SpoilerPolicy policy) {
		Entry entry = repository(subject).findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(subject.getKind(), slug));
		Shown<ChapterNote> tracker = policy.filter(this.notes.findBySubjectOrderByChapterNumberAsc(entry));
		EntryView<Entry> page = this.entryViews.of(entry, policy, List.of(Crumb.index(subject.getKind())),
				tracker.heldBack());
		if (page.isGated()) {
			return new SubjectView(subject, page, List.of(), null);
		}
		List<NoteView> notes = tracker.items().stream().map((note) -> NoteView.of(note, policy)).toList();
		Grid strip = (subject == Subject.THEME) ? tracker(subject, policy).only(Set.of(slug), "theme-strip",
				"This theme chapter by chapter",
				"The chapters so far across; a mark where a chapter has a note on this theme, linking to the note below.",
				null) : null;
		return new SubjectView(subject, page, notes, strip);
	}

	private SlugRepository<? extends Entry> repository(Subject subject) {
		return (subject == Subject.THEME) ? this.themes : this.symbols;
	}

}
