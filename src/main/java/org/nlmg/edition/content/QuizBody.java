package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nlmg.edition.content.MarkdownRenderer.FoundLink;
import org.nlmg.edition.content.MarkdownRenderer.Note;
import org.nlmg.edition.content.ParsedFile.QuizFields;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.QuizQuestion;

/**
 * Reads the body of a quiz file, line by line: each question is a {@code ###} heading
 * with its {@code {#id}}, a list of options marked {@code [x]} (the right one) or
 * {@code [ ]}, and one explanation paragraph that links to the chapter section covering
 * it. Every slip is reported on its line.
 */
final class QuizBody {

	/** A question, rendered, and the links of its prompt, options and explanation. */
	record Question(QuizQuestion.Written written, List<FoundLink> links) {
	}

	static final int FEWEST_OPTIONS = 3;

	static final int MOST_OPTIONS = 5;

	private static final Pattern HEADING = Pattern.compile("### +(.+?)(?:\\s*\\{#([^}\\s]*)\\})?\\s*");

	private static final Pattern OPTION = Pattern.compile("[-*+] +\\[([ xX])\\] +(.+)");

	private static final Pattern UNMARKED_OPTION = Pattern.compile("[-*+] .*");

	private final ParsedFile file;

	private final QuizFields fields;

	private final MarkdownRenderer renderer;

	private final Problems problems;

	private final Set<String> ids = new HashSet<>();

	private int asked;

	private QuizBody(ParsedFile file, QuizFields fields, MarkdownRenderer renderer, Problems problems) {
		this.file = file;
		this.fields = fields;
		this.renderer = renderer;
		this.problems = problems;
	}

	static List<Question> read(ParsedFile file, QuizFields fields, MarkdownRenderer renderer, Problems problems) {
		return new QuizBody(file, fields, renderer, problems).read();
	}

	private List<Question> read() {
		List<Question> questions = new ArrayList<>();
		String[] lines = this.file.body().split("\n", -1);
		Draft draft = null;
		for (int i = 0; i < lines.length; i++) {
			int line = this.file.bodyFirstLine() + i;
			String text = lines[i].strip();
			if (text.isEmpty()) {
				if (draft != null && !draft.explanation.isEmpty()) {
					draft.explanationEnded = true;
				}
				continue;
			}
			if (text.startsWith("#")) {
				Matcher heading = HEADING.matcher(text);
				if (!heading.matches()) {
					problem(line, "each question is a ### heading: '### Who ...? {#an-id}'");
					continue;
				}
				finish(draft, questions);
				draft = new Draft(line, heading.group(1), heading.group(2));
				continue;
			}
			if (draft == null) {
				problem(line, "a quiz is a list of questions: start each with a ### heading");
				continue;
			}
			Matcher option = OPTION.matcher(text);
			if (option.matches() || UNMARKED_OPTION.matcher(text).matches()) {
				if (!option.matches()) {
					problem(line, "an option starts with [x] (the right answer) or [ ] (a wrong one)");
				}
				else if (!draft.explanation.isEmpty()) {
					problem(line, "the options come before the explanation");
				}
				else {
					draft.options.add(new Line(option.group(2), line));
					if (!option.group(1).isBlank()) {
						draft.right.add(draft.options.size() - 1);
					}
				}
				continue;
			}
			if (draft.explanationEnded) {
				problem(line, "a question has one explanation paragraph: join this to it, or start a new ### question");
				continue;
			}
			if (draft.explanation.isEmpty()) {
				draft.explanationLine = line;
			}
			draft.explanation.add(text);
		}
		finish(draft, questions);
		int count = this.asked;
		if (count < this.fields.fewestQuestions() || count > this.fields.mostQuestions()) {
			problem(this.fields.keyLine(),
					"a " + ((this.fields.chapter() != null) ? "chapter" : "part") + " quiz has "
							+ this.fields.fewestQuestions() + " to " + this.fields.mostQuestions()
							+ " questions; this one has " + count);
		}
		return questions;
	}

	private void finish(Draft draft, List<Question> questions) {
		if (draft == null) {
			return;
		}
		this.asked++;
		String where = "question '" + draft.prompt + "'";
		boolean complete = true;
		if (draft.id == null || !draft.id.matches(FileParser.SLUG)) {
			problem(draft.line, where + " needs an id of lowercase words: end the heading with {#who-watches}");
			complete = false;
		}
		else if (!this.ids.add(draft.id)) {
			problem(draft.line, "the question id '" + draft.id + "' is used twice in this quiz");
			complete = false;
		}
		if (draft.options.size() < FEWEST_OPTIONS || draft.options.size() > MOST_OPTIONS) {
			problem(draft.line, where + " has " + draft.options.size() + " options: give " + FEWEST_OPTIONS + " to "
					+ MOST_OPTIONS);
			complete = false;
		}
		if (draft.right.size() != 1) {
			problem(draft.line,
					where + " has " + draft.right.size() + " options marked [x]: mark exactly one right answer");
			complete = false;
		}
		if (draft.explanation.isEmpty()) {
			problem(draft.line, where + " has no explanation: add a paragraph after its options");
			return;
		}
		List<FoundLink> links = new ArrayList<>();
		Note prompt = render(draft.prompt, draft.line, draft.id, links);
		List<String> options = draft.options.stream()
			.map((option) -> render(option.text(), option.line(), draft.id, links).html())
			.toList();
		Note explanation = render(String.join("\n", draft.explanation), draft.explanationLine, draft.id, links);
		boolean linksASection = explanation.links()
			.stream()
			.anyMatch((link) -> link.target().kind() == ContentKind.CHAPTER && link.anchor() != null);
		if (!linksASection) {
			problem(draft.explanationLine, "the explanation of " + where
					+ " must link to the chapter section that covers it, like [[chapter:6#madame-doorway]]");
			complete = false;
		}
		if (complete) {
			questions.add(new Question(new QuizQuestion.Written(draft.id, inline(prompt.html()),
					options.stream().map(QuizBody::inline).toList(), draft.right.get(0), explanation.html().strip()),
					links));
		}
	}

	private Note render(String markdown, int line, String anchor, List<FoundLink> links) {
		Note note = this.renderer.renderNote(this.file.name(), markdown, line, anchor, this.fields.lastChapter(),
				this.problems);
		links.addAll(note.links());
		return note;
	}

	/** A one-line piece of prose without its paragraph. */
	private static String inline(String html) {
		return html.strip().replaceFirst("^<p>", "").replaceFirst("</p>$", "");
	}

	private void problem(int line, String reason) {
		this.problems.add(this.file.name(), line, reason);
	}

	private record Line(String text, int line) {
	}

	/** A question as far as it has been read. */
	private static final class Draft {

		private final int line;

		private final String prompt;

		private final String id;

		private final List<Line> options = new ArrayList<>();

		private final List<Integer> right = new ArrayList<>();

		private final List<String> explanation = new ArrayList<>();

		private int explanationLine;

		private boolean explanationEnded;

		Draft(int line, String prompt, String id) {
			this.line = line;
			this.prompt = prompt;
			this.id = id;
		}

	}

}
