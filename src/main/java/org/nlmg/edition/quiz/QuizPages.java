package org.nlmg.edition.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.model.Quiz;
import org.nlmg.edition.model.QuizQuestion;
import org.nlmg.edition.reading.ReadingPosition;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the quiz pages for a reader and scores what a reader sends. Nothing about the
 * reader is kept: the answers come in with the request and go out in its page.
 */
@Service
@Transactional(readOnly = true)
public class QuizPages {

	/** Parameters a quiz form may carry besides its answers. */
	private static final Set<String> OTHER_PARAMETERS = Set.of(ReadingPosition.PARAMETER,
			ReadingPosition.REVEAL_PARAMETER);

	private final QuizRepository quizzes;

	private final EntryViews entryViews;

	QuizPages(QuizRepository quizzes, EntryViews entryViews) {
		this.quizzes = quizzes;
		this.entryViews = entryViews;
	}

	/**
	 * A quiz in a list: a quiz past the reader's position is named only by its label.
	 *
	 * @param title its title, or null when it is past the reader's position
	 * @param url its address, or null when it is past the reader's position
	 */
	public record QuizCard(String label, String title, String url, int questions) {

		static QuizCard of(Quiz quiz, SpoilerPolicy policy) {
			boolean shown = policy.shows(quiz);
			return new QuizCard(quiz.getLinkLabel(), shown ? quiz.getTitle() : null, shown ? quiz.getUrl() : null,
					quiz.getQuestions().size());
		}

		public boolean isLater() {
			return this.url == null;
		}

	}

	/** A part's quizzes: one per chapter, and the part's own. */
	public record PartQuizzes(Part part, List<QuizCard> chapters, QuizCard partQuiz) {
	}

	public List<PartQuizzes> index(SpoilerPolicy policy) {
		List<Quiz> all = this.quizzes.findAllByOrderByIntroducedInAscQuizPartAsc();
		return Arrays.stream(Part.values())
			.map((part) -> new PartQuizzes(part,
					all.stream()
						.filter((quiz) -> !quiz.isPartQuiz() && quiz.getPart() == part)
						.map((quiz) -> QuizCard.of(quiz, policy))
						.toList(),
					all.stream()
						.filter((quiz) -> quiz.isPartQuiz() && quiz.getPart() == part)
						.findFirst()
						.map((quiz) -> QuizCard.of(quiz, policy))
						.orElse(null)))
			.toList();
	}

	/** The quiz on a chapter, for its page's link, or null when there is none. */
	public QuizCard chapterQuiz(int chapter, SpoilerPolicy policy) {
		return card(Quiz.slug(chapter, null), policy);
	}

	/** The quiz on a part, for its pages' links, or null when there is none. */
	public QuizCard partQuiz(Part part, SpoilerPolicy policy) {
		return card(Quiz.slug(null, part), policy);
	}

	private QuizCard card(String slug, SpoilerPolicy policy) {
		return this.quizzes.findBySlug(slug).map((quiz) -> QuizCard.of(quiz, policy)).orElse(null);
	}

	QuizView quiz(String slug, SpoilerPolicy policy) {
		return view(find(slug), policy, Map.of(), null);
	}

	/** What a submission gets: its score, or the quiz to answer again. */
	sealed interface Outcome permits QuizResult, QuizView {

	}

	/**
	 * Scores a submission, or, when some questions are unanswered, gives the quiz again
	 * with what was answered and a message.
	 * @param parameters the request's parameters, as the servlet gives them
	 */
	Outcome answer(String slug, Map<String, String[]> parameters, SpoilerPolicy policy) {
		Quiz quiz = find(slug);
		EntryView<Quiz> page = page(quiz, policy);
		if (page.isGated()) {
			return new QuizView(page, List.of(), null);
		}
		Map<String, Integer> given = given(quiz, parameters);
		List<QuizQuestion> questions = quiz.getQuestions();
		List<Integer> unanswered = questions.stream()
			.filter((question) -> !given.containsKey(question.getAnchor()))
			.map((question) -> question.getPosition() + 1)
			.toList();
		if (!unanswered.isEmpty()) {
			String which = unanswered.stream().map(String::valueOf).collect(Collectors.joining(", "));
			String message = (unanswered.size() == 1) ? "Question " + which + " has no answer yet."
					: "Questions " + which + " have no answer yet.";
			return view(quiz, policy, given, message + " Choose one option for every question, then check again.");
		}
		List<QuizResult.Answer> answers = new ArrayList<>();
		int score = 0;
		for (QuizQuestion question : questions) {
			int chosen = given.get(question.getAnchor());
			boolean correct = chosen == question.getAnswer();
			score += correct ? 1 : 0;
			answers.add(new QuizResult.Answer(question.getAnchor(), question.getPosition() + 1,
					policy.prose(question.getPrompt()), policy.prose(question.getOptions().get(chosen)),
					policy.prose(question.getOptions().get(question.getAnswer())), correct,
					policy.prose(question.getExplanation())));
		}
		return new QuizResult(page, score, answers);
	}

	/**
	 * The option chosen for each question answered, by the question's id; anything our
	 * form could not have sent is refused.
	 */
	private static Map<String, Integer> given(Quiz quiz, Map<String, String[]> parameters) {
		Map<String, QuizQuestion> questions = new LinkedHashMap<>();
		quiz.getQuestions().forEach((question) -> questions.put(question.getAnchor(), question));
		Map<String, Integer> given = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (OTHER_PARAMETERS.contains(name)) {
				continue;
			}
			QuizQuestion question = questions.get(name);
			if (question == null) {
				throw new InvalidAnswersException(quiz.getUrl(),
						"The answers sent name a question this quiz does not have (" + abbreviate(name) + ").");
			}
			String[] values = parameter.getValue();
			if (values.length != 1) {
				throw new InvalidAnswersException(quiz.getUrl(), "Question " + (question.getPosition() + 1)
						+ " was sent " + values.length + " answers; each question takes one.");
			}
			String value = values[0].strip();
			int options = question.getOptions().size();
			if (!value.matches("[1-9]") || Integer.parseInt(value) > options) {
				throw new InvalidAnswersException(quiz.getUrl(),
						"The answer sent for question " + (question.getPosition() + 1) + " (" + abbreviate(value)
								+ ") is not one of its options, 1 to " + options + ".");
			}
			given.put(name, Integer.parseInt(value) - 1);
		}
		return given;
	}

	private QuizView view(Quiz quiz, SpoilerPolicy policy, Map<String, Integer> given, String message) {
		EntryView<Quiz> page = page(quiz, policy);
		if (page.isGated()) {
			return new QuizView(page, List.of(), null);
		}
		List<QuizView.Question> questions = quiz.getQuestions().stream().map((question) -> {
			Integer chosen = given.get(question.getAnchor());
			List<String> options = question.getOptions();
			List<QuizView.Option> shown = new ArrayList<>();
			for (int i = 0; i < options.size(); i++) {
				shown.add(new QuizView.Option(i + 1, policy.prose(options.get(i)), chosen != null && chosen == i));
			}
			return new QuizView.Question(question.getAnchor(), question.getPosition() + 1,
					policy.prose(question.getPrompt()), shown, message != null && chosen == null);
		}).toList();
		return new QuizView(page, questions, message);
	}

	private EntryView<Quiz> page(Quiz quiz, SpoilerPolicy policy) {
		return this.entryViews.of(quiz, policy);
	}

	private Quiz find(String slug) {
		return this.quizzes.findBySlug(slug).orElseThrow(() -> new EntryNotFoundException(ContentKind.QUIZ, slug));
	}

	private static String abbreviate(String value) {
		String shown = (value.length() > 30) ? value.substring(0, 30) + "…" : value;
		return "'" + shown + "'";
	}

}
