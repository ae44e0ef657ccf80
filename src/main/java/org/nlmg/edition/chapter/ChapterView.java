package org.nlmg.edition.chapter;

import java.util.List;

import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Term;
import org.nlmg.edition.quiz.QuizPages.QuizCard;

/**
 * A chapter page for one reader.
 *
 * @param page what every entry page has
 * @param characters who is present in the chapter
 * @param terms the glossary terms it uses
 * @param themeNotes how each of its themes shows in it
 * @param symbolNotes how each of its symbols shows in it
 * @param previous the chapter before, or null
 * @param next the chapter after, when the reader may open it, or null
 * @param nextToRead the chapter after, when it is past the reader's position, or null
 * @param quiz the chapter's quiz, or null
 * @param partQuiz at the last chapter of a part, the part's quiz, or null
 */
public record ChapterView(EntryView<Chapter> page, List<NovelCharacter> characters, List<Term> terms,
		List<NoteView> themeNotes, List<NoteView> symbolNotes, Chapter previous, Chapter next, Chapter nextToRead,
		QuizCard quiz, QuizCard partQuiz) {

}
