package org.nlmg.edition.quiz;

import java.util.List;

import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.model.Quiz;

/**
 * A quiz page for one reader: the questions to answer, or the gate; after a submission
 * that left some unanswered, what to fix and the answers already given.
 *
 * @param page the gate, the title and the crumbs, as every entry page has them
 * @param questions the questions, their prose adapted for the reader
 * @param message what to fix before the quiz can be scored, or null
 */
public record QuizView(EntryView<Quiz> page, List<Question> questions, String message) implements QuizPages.Outcome {

	/**
	 * A question as the form asks it.
	 *
	 * @param id its field name and anchor
	 * @param number its number in the quiz, from 1
	 * @param prompt the question, as HTML
	 * @param options its options, in order
	 * @param unanswered whether a submission left it unanswered
	 */
	public record Question(String id, int number, String prompt, List<Option> options, boolean unanswered) {
	}

	/**
	 * @param value what the form sends for it: its number, from 1
	 * @param html the option, as HTML
	 * @param chosen whether the reader had chosen it
	 */
	public record Option(int value, String html, boolean chosen) {
	}

}
