package org.nlmg.edition.quiz;

import java.util.List;

import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.model.Quiz;

/**
 * A scored quiz: how many answers were right, and for each question the answer given, the
 * right one and why.
 */
public record QuizResult(EntryView<Quiz> page, int score, List<Answer> answers) implements QuizPages.Outcome {

	public int total() {
		return this.answers.size();
	}

	/**
	 * @param id the question's id
	 * @param number its number in the quiz
	 * @param prompt the question, as HTML
	 * @param given the option the reader chose, as HTML
	 * @param right the right option, as HTML
	 * @param correct whether the reader chose it
	 * @param explanation why it is right, with a link to the section that covers it
	 */
	public record Answer(String id, int number, String prompt, String given, String right, boolean correct,
			String explanation) {
	}

}
