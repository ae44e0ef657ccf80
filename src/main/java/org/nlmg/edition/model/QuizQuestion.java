package org.nlmg.edition.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/** One multiple-choice question of a quiz: its options, the right one, and why. */
@Entity
public class QuizQuestion {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private Quiz quiz;

	private int position;

	/** The question's id in its file, stable: the form's field name and its anchor. */
	private String anchor;

	@Column(length = 2000)
	private String prompt;

	@ElementCollection
	@OrderColumn
	@Column(length = 2000)
	private List<String> options = new ArrayList<>();

	/** The index of the right option. */
	private int answer;

	@Column(length = 10_000)
	private String explanation;

	protected QuizQuestion() {
	}

	QuizQuestion(Quiz quiz, int position, Written written) {
		this.quiz = quiz;
		this.position = position;
		this.anchor = written.anchor();
		this.prompt = written.prompt();
		this.options.addAll(written.options());
		this.answer = written.answer();
		this.explanation = written.explanation();
	}

	/**
	 * A question as the content pipeline renders it.
	 *
	 * @param anchor its id
	 * @param prompt the question, as inline HTML
	 * @param options each option, as inline HTML
	 * @param answer the index of the right option
	 * @param explanation why the right option is right, as HTML with its links
	 */
	public record Written(String anchor, String prompt, List<String> options, int answer, String explanation) {

		public Written {
			options = List.copyOf(options);
		}

	}

	public Quiz getQuiz() {
		return this.quiz;
	}

	public int getPosition() {
		return this.position;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public String getPrompt() {
		return this.prompt;
	}

	public List<String> getOptions() {
		return List.copyOf(this.options);
	}

	public int getAnswer() {
		return this.answer;
	}

	public String getExplanation() {
		return this.explanation;
	}

}
