package org.nlmg.edition.chapter;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.quiz.QuizPages;
import org.nlmg.edition.picture.Grid;
import org.nlmg.edition.picture.Grids;
import org.nlmg.edition.picture.Timeline;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the chapter pages' models for a reader. */
@Service
@Transactional(readOnly = true)
public class ChapterPages {

	private final ChapterRepository chapters;

	private final ChapterNoteRepository notes;

	private final EntryViews entryViews;

	private final QuizPages quizzes;

	ChapterPages(ChapterRepository chapters, ChapterNoteRepository notes, EntryViews entryViews, QuizPages quizzes) {
		this.chapters = chapters;
		this.notes = notes;
		this.entryViews = entryViews;
		this.quizzes = quizzes;
	}

	/** The novel's parts with their chapters, as a table of contents for the reader. */
	public List<PartView> parts(SpoilerPolicy policy) {
		return PartView.of(this.chapters.findAllByOrderByNumberAsc(), (part) -> this.quizzes.partQuiz(part, policy),
				policy);
	}

	ChapterView chapter(int number, SpoilerPolicy policy) {
		Chapter chapter = this.chapters.findByNumber(number)
			.orElseThrow(() -> new EntryNotFoundException(ContentKind.CHAPTER, String.valueOf(number)));
		List<Crumb> trail = List.of(Crumb.index(ContentKind.CHAPTER),
				Crumb.to(chapter.getPart().getLabel(), "/chapters#part-" + chapter.getPart().getNumber()));
		EntryView<Chapter> page = this.entryViews.of(chapter, policy, trail, 0);
		Chapter previous = this.chapters.findByNumber(number - 1).orElse(null);
		Chapter after = this.chapters.findByNumber(number + 1).orElse(null);
		if (page.isGated()) {
			return new ChapterView(page, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null,
					null);
		}
		List<ChapterNote> chapterNotes = this.notes.findByChapterOrderByPositionAsc(chapter);
		boolean nextShown = after != null && policy.shows(after);
		List<NoteView> themeNotes = notesAbout(chapterNotes, ContentKind.THEME, policy);
		Set<String> themes = themeNotes.stream().map((note) -> note.subject().getSlug()).collect(Collectors.toSet());
		Grid strip = themeTracker(policy)
			.only(themes, "chapter-themes", "This chapter's themes through the book", "The themes chapter " + number
					+ " has notes on, each across the chapters so far, with this chapter's column shaded. A mark links to the theme's note on that chapter.",
					number);
		return new ChapterView(page, chapter.getCharacters(), chapter.getTerms(), themeNotes,
				notesAbout(chapterNotes, ContentKind.SYMBOL, policy), strip, previous, nextShown ? after : null,
				nextShown ? null : after, this.quizzes.chapterQuiz(number, policy),
				(chapter.getPart().getLastChapter() == number) ? this.quizzes.partQuiz(chapter.getPart(), policy)
						: null);
	}

	/** A chapter at a glance, gated as its page is. */
	GlanceView glance(int number, SpoilerPolicy policy) {
		Chapter chapter = this.chapters.findByNumber(number)
			.orElseThrow(() -> new EntryNotFoundException(ContentKind.CHAPTER, String.valueOf(number)));
		return GlanceView.of(this.entryViews.of(chapter, policy, List.of(), 0));
	}

	/** A part's chapters at a glance, without those past the reader's position. */
	PartPrintView part(Part part, SpoilerPolicy policy) {
		List<GlanceView> all = this.chapters.findAllByOrderByNumberAsc()
			.stream()
			.filter((chapter) -> chapter.getPart() == part)
			.map((chapter) -> GlanceView.of(this.entryViews.of(chapter, policy, List.of(), 0)))
			.toList();
		List<GlanceView> shown = all.stream().filter((glance) -> !glance.page().isGated()).toList();
		return new PartPrintView(part, shown, all.size() - shown.size());
	}

	/** The theme tracker: every theme across the chapters the reader may see. */
	public Grid themeTracker(SpoilerPolicy policy) {
		return Grids.themes(this.chapters.findAllByOrderByNumberAsc(),
				this.notes.findAllByOrderByChapterNumberAscPositionAsc(), policy);
	}

	/** The chapters in the telling's order and in Kathy's. */
	public Timeline timeline(SpoilerPolicy policy) {
		return Timeline.of(this.chapters.findAllByOrderByNumberAsc(), policy);
	}

	private static List<NoteView> notesAbout(List<ChapterNote> notes, ContentKind kind, SpoilerPolicy policy) {
		return notes.stream()
			.filter((note) -> note.getSubject().getKind() == kind)
			.map((note) -> NoteView.of(note, policy))
			.toList();
	}

}
