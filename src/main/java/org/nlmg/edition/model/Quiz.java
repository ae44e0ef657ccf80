package org.nlmg.edition.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A quiz on one chapter or on one part of the novel: multiple-choice questions, each with
 * its explanation. A chapter quiz draws on chapters up to its own, a part quiz on
 * chapters up to the part's last, and it is held back from a reader who has not got
 * there.
 */
@Entity
@DiscriminatorValue("quiz")
public class Quiz extends Entry {

	/** The chapter of a chapter quiz, or null. */
	private Integer quizChapter;

	/** The part of a part quiz, or null. */
	private Integer quizPart;

	@OneToMany(mappedBy = "quiz", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<QuizQuestion> questions = new ArrayList<>();

	protected Quiz() {
	}

	/**
	 * @param chapter the chapter of a chapter quiz, or null for a part quiz
	 * @param part the part of a part quiz, or null for a chapter quiz
	 */
	public Quiz(Integer chapter, Part part, String title, String sourcePath, List<QuizQuestion.Written> questions) {
		super(slug(chapter, part), title, description(chapter, part, questions.size()), sourcePath,
				(chapter != null) ? chapter : part.getLastChapter(), List.of());
		this.quizChapter = chapter;
		this.quizPart = (part != null) ? part.getNumber() : null;
		for (QuizQuestion.Written question : questions) {
			this.questions.add(new QuizQuestion(this, this.questions.size(), question));
		}
	}

	/** A chapter quiz is at /quizzes/chapter-6, a part quiz at /quizzes/part-2. */
	public static String slug(Integer chapter, Part part) {
		return (chapter != null) ? "chapter-" + chapter : "part-" + part.getNumber();
	}

	private static String description(Integer chapter, Part part, int questions) {
		return questions + " questions on " + ((chapter != null) ? "chapter " + chapter
				: part.getLabel() + ", chapters " + part.getFirstChapter() + "–" + part.getLastChapter());
	}

	@Override
	public ContentKind getKind() {
		return ContentKind.QUIZ;
	}

	/** "Chapter 6 quiz" or "Part Two quiz": names no event, so it gives nothing away. */
	@Override
	public String getLinkLabel() {
		return label(this.quizChapter, isPartQuiz() ? getPart() : null);
	}

	/** How the edition names a quiz in links and lists. */
	public static String label(Integer chapter, Part part) {
		return ((chapter != null) ? Chapter.label(chapter) : part.getLabel()) + " quiz";
	}

	public boolean isPartQuiz() {
		return this.quizPart != null;
	}

	/** The chapter of a chapter quiz, or null. */
	public Integer getChapter() {
		return this.quizChapter;
	}

	/** The part the quiz belongs to: a chapter quiz's chapter's part, or its own. */
	public Part getPart() {
		return (this.quizChapter != null) ? Part.of(this.quizChapter) : Part.values()[this.quizPart - 1];
	}

	public List<QuizQuestion> getQuestions() {
		return List.copyOf(this.questions);
	}

}
