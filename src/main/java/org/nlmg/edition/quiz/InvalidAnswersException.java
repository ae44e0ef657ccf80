package org.nlmg.edition.quiz;

/**
 * A submission no form of ours sends (a question the quiz lacks, a value that names no
 * option, a body far too large): answered with 400 and what went wrong, never a 500.
 */
class InvalidAnswersException extends RuntimeException {

	private final String quizUrl;

	InvalidAnswersException(String quizUrl, String message) {
		super(message);
		this.quizUrl = quizUrl;
	}

	String getQuizUrl() {
		return this.quizUrl;
	}

}
