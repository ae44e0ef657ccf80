package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.KeyPhrase;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Quiz;
import org.nlmg.edition.model.QuizQuestion;
import org.nlmg.edition.model.Section;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads the fixture edition, then breaks one file at a time: each kind of bad content is
 * named.
 */
class ContentReaderTests {

	static final String FIXTURE = "classpath:fixtures/edition/";

	private final List<ContentFile> fixture = new ContentFolder(new PathMatchingResourcePatternResolver())
		.read(FIXTURE);

	@Test
	void readsEveryKindFromTheFixture() {
		Edition edition = new ContentReader().read(this.fixture);
		assertThat(edition.entries()).extracting(Entry::getUrl)
			.containsExactlyInAnyOrder("/chapters/1", "/chapters/2", "/chapters/3", "/characters/kathy",
					"/characters/madame", "/characters/ruth", "/glossary#carer", "/glossary#possible", "/about",
					"/sources/wiki", "/symbols/the-boat", "/symbols/the-tape", "/themes/memory", "/quizzes/chapter-1",
					"/quizzes/part-1");
		Chapter first = (Chapter) edition.entries()
			.stream()
			.filter((e) -> e.getUrl().equals("/chapters/1"))
			.findFirst()
			.orElseThrow();
		assertThat(first.getCharacters()).extracting(NovelCharacter::getSlug).containsExactly("kathy", "ruth");
		assertThat(first.getAgeFrom()).isEqualTo(9);
		assertThat(first.getAgeTo()).isEqualTo(11);
		assertThat(edition.notes().stream().filter((note) -> note.getChapter() == first))
			.extracting((note) -> note.getSubject().getSlug(), ChapterNote::getPosition)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("memory", 0),
					org.assertj.core.groups.Tuple.tuple("the-tape", 1));
		assertThat(first.getSections()).extracting(Section::getAnchor)
			.containsExactly("summary", "commentary", "early-point", "later-revelation", "key-phrases");
		assertThat(first.getSections()).extracting(Section::getChapter).containsExactly(1, 1, 1, 3, 1);
		assertThat(first.getSynopsis()).isEqualTo("<p>FIXTURE-CH1-SYNOPSIS, in which "
				+ "<a href=\"/characters/kathy\" class=\"xref xref-character\" data-chapter=\"1\">Kathy H.</a> remembers.</p>\n");
	}

	@Test
	void readsQuizzesWithTheirQuestionsInOrder() {
		Quiz quiz = (Quiz) new ContentReader().read(this.fixture)
			.entries()
			.stream()
			.filter((e) -> e.getUrl().equals("/quizzes/chapter-1"))
			.findFirst()
			.orElseThrow();
		assertThat(quiz.getLinkLabel()).isEqualTo("Chapter 1 quiz");
		assertThat(quiz.getTiedChapter()).isEqualTo(1);
		assertThat(quiz.getQuestions()).hasSize(6);
		QuizQuestion first = quiz.getQuestions().get(0);
		assertThat(first.getAnchor()).isEqualTo("first-question");
		assertThat(first.getPrompt()).isEqualTo("Fixture question 1?");
		assertThat(first.getOptions()).containsExactly("Kathy", "Ruth", "A guardian");
		assertThat(first.getAnswer()).isZero();
		assertThat(first.getExplanation()).contains("FIXTURE-QUIZ-EXPLANATION-1", "href=\"/chapters/1#early-point\"");
		assertThat(quiz.getQuestions().get(1).getAnswer()).isEqualTo(2);
	}

	@Test
	void aPartQuizDrawsOnThePartUpToItsLastChapter() {
		Edition edition = new ContentReader().read(this.fixture);
		Quiz quiz = (Quiz) edition.entries()
			.stream()
			.filter((e) -> e.getUrl().equals("/quizzes/part-1"))
			.findFirst()
			.orElseThrow();
		assertThat(quiz.getLinkLabel()).isEqualTo("Part One quiz");
		assertThat(quiz.getTiedChapter()).isEqualTo(9);
		assertThat(edition.crossReferences()).anySatisfy((reference) -> {
			assertThat(reference.getSource()).isSameAs(quiz);
			assertThat(reference.getUrl()).isEqualTo("/quizzes/part-1#part-question-1");
		});
	}

	@Test
	void keyPhrasesAreReadWithTheirAnchorsAndLinks() {
		List<KeyPhrase> phrases = new ContentReader().read(this.fixture).keyPhrases();
		assertThat(phrases).extracting((phrase) -> phrase.getChapter().getNumber()).containsExactly(1, 1, 3);
		KeyPhrase first = phrases.get(0);
		assertThat(first.getUrl()).startsWith("/chapters/1#key-phrases-");
		assertThat(first.getHtml()).startsWith("<strong>").contains("FIXTURE-CH1-KEY-PHRASE").doesNotContain("<li");
		assertThat(first.getLinked()).extracting(Entry::getSlug).containsExactly("ruth", "memory");
		assertThat(phrases.get(1).getLinked()).isEmpty();
	}

	@Test
	void aChapterWithoutASynopsis() {
		assertProblems(edit("chapters/chapter-02.md", "synopsis: FIXTURE-CH2-SYNOPSIS\n", ""),
				"content/chapters/chapter-02.md:1: missing required front matter key 'synopsis'");
	}

	@Test
	void aQuestionWithoutExactlyOneRightAnswer() {
		assertProblems(
				edit("quizzes/chapter-01.md", "- [ ] Ruth\n- [ ] A guardian\n\nFIXTURE-QUIZ-EXPLANATION-1",
						"- [x] Ruth\n- [ ] A guardian\n\nFIXTURE-QUIZ-EXPLANATION-1"),
				"content/quizzes/chapter-01.md:6: question 'Fixture question 1?' has 2 options marked [x]");
		assertProblems(
				edit("quizzes/chapter-01.md", "- [x] Kathy\n- [ ] Ruth\n- [ ] A guardian\n\nFIXTURE-QUIZ-EXPLANATION-1",
						"- [ ] Kathy\n- [ ] Ruth\n- [ ] A guardian\n\nFIXTURE-QUIZ-EXPLANATION-1"),
				"content/quizzes/chapter-01.md:6: question 'Fixture question 1?' has 0 options marked [x]");
	}

	@Test
	void aQuestionWithTooFewOptions() {
		assertProblems(
				edit("quizzes/chapter-01.md", "- [ ] A guardian\n\nFIXTURE-QUIZ-EXPLANATION-1",
						"\nFIXTURE-QUIZ-EXPLANATION-1"),
				"content/quizzes/chapter-01.md:6: question 'Fixture question 1?' has 2 options: give 3 to 5");
	}

	@Test
	void anExplanationWithoutALinkToAChapterSection() {
		assertProblems(
				edit("quizzes/chapter-01.md", "See [[chapter:1#early-point]].\n\n### Fixture question 2?",
						"See [[chapter:1]].\n\n### Fixture question 2?"),
				"content/quizzes/chapter-01.md:12: the explanation of question 'Fixture question 1?' must link to the chapter section");
	}

	@Test
	void aQuizLinkToAMissingAnchor() {
		assertProblems(
				edit("quizzes/chapter-01.md", "See [[chapter:1#early-point]].\n\n### Fixture question 2?",
						"See [[chapter:1#no-such-point]].\n\n### Fixture question 2?"),
				"content/quizzes/chapter-01.md:13: cross-link to /chapters/1#no-such-point: that page has no anchor");
	}

	@Test
	void aQuizOnAChapterThatDoesNotExist() {
		assertProblems(edit("quizzes/chapter-01.md", "chapter: 1", "chapter: 5"),
				"content/quizzes/chapter-01.md:2: there is no chapter 5 (expected content/chapters/chapter-05.md)");
		assertProblems(edit("quizzes/chapter-01.md", "chapter: 1", "chapter: 24"),
				"content/quizzes/chapter-01.md:2: 'chapter' must be a chapter of the novel (1–23), not 24");
		assertProblems(edit("quizzes/part-1.md", "part: 1", "part: 4"),
				"content/quizzes/part-1.md:2: part 4 is outside the novel: it has parts 1–3");
	}

	@Test
	void aQuizLinkToALaterChapter() {
		assertProblems(
				edit("quizzes/chapter-01.md", "See [[chapter:1#early-point]].\n\n### Fixture question 2?",
						"See [[chapter:2#summary]].\n\n### Fixture question 2?"),
				"content/quizzes/chapter-01.md:13: cross-link to /chapters/2#summary reaches chapter 2, but this quiz may draw on chapters up to 1");
		assertProblems(
				edit("quizzes/chapter-01.md", "See [[chapter:1#early-point]].\n\n### Fixture question 2?",
						"See [[chapter:1#later-revelation]].\n\n### Fixture question 2?"),
				"content/quizzes/chapter-01.md:13: cross-link to /chapters/1#later-revelation: that section draws on chapter 3");
		assertProblems(
				edit("quizzes/chapter-01.md", "FIXTURE-QUIZ-EXPLANATION-1, with [[ruth]].",
						"FIXTURE-QUIZ-EXPLANATION-1, with [[madame]]."),
				"content/quizzes/chapter-01.md:12: cross-link to /characters/madame reaches chapter 2");
	}

	@Test
	void duplicateQuestionIds() {
		assertProblems(edit("quizzes/chapter-01.md", "{#question-2}", "{#first-question}"),
				"content/quizzes/chapter-01.md:15: the question id 'first-question' is used twice in this quiz");
	}

	@Test
	void questionCountsOutOfRange() {
		String quiz = text("quizzes/chapter-01.md");
		assertProblems(replace("quizzes/chapter-01.md", quiz.substring(0, quiz.indexOf("### Fixture question 6?"))),
				"content/quizzes/chapter-01.md:2: a chapter quiz has 6 to 10 questions; this one has 5");
		String part = text("quizzes/part-1.md");
		assertProblems(replace("quizzes/part-1.md", part.substring(0, part.indexOf("### Fixture question 15?"))),
				"content/quizzes/part-1.md:2: a part quiz has 15 to 20 questions; this one has 14");
	}

	@Test
	void aQuestionWithoutAnId() {
		assertProblems(edit("quizzes/chapter-01.md", "? {#first-question}", "?"),
				"content/quizzes/chapter-01.md:6: question 'Fixture question 1?' needs an id");
	}

	@Test
	void readsAFolderGivenAsARelativeFilePath() {
		List<ContentFile> files = new ContentFolder(new PathMatchingResourcePatternResolver())
			.read("file:src/test/resources/fixtures/edition/");
		assertThat(files).extracting(ContentFile::path)
			.isEqualTo(this.fixture.stream().map(ContentFile::path).toList());
	}

	@Test
	void glossaryTermsPrefixTheirIdsBecauseTheyShareOnePage() {
		List<ContentFile> files = edit("glossary/carer.md", "FIXTURE-CARER-DEFINITION",
				"FIXTURE-CARER-DEFINITION\n\n## Later {#later chapter=3}\n\nMore.");
		Entry carer = new ContentReader().read(files)
			.entries()
			.stream()
			.filter((e) -> e.getSlug().equals("carer"))
			.findFirst()
			.orElseThrow();
		assertThat(carer.getSections()).extracting(Section::getAnchor).containsExactly(null, "carer-later");
		assertThat(carer.getSections().get(1).getUrl()).isEqualTo("/glossary#carer-later");
		assertThat(carer.getSections().get(0).getAnchors()).singleElement().asString().startsWith("carer-p-");
	}

	@Test
	void aliasesResolveToTheirCharacter() {
		Edition edition = new ContentReader().read(this.fixture);
		assertThat(edition.crossReferences()).anySatisfy((reference) -> {
			assertThat(reference.getSource().getUrl()).isEqualTo("/chapters/2");
			assertThat(reference.getTarget().getSlug()).isEqualTo("madame");
		});
	}

	@Test
	void malformedFrontMatter() {
		assertProblems(replace("chapters/chapter-02.md", "---\nnumber: 2\ntitle: [unclosed\n---\n"),
				"content/chapters/chapter-02.md:3: malformed front matter");
	}

	@Test
	void yamlLeftOpenIsReportedWhereItWasOpened() {
		assertProblems(edit("chapters/chapter-02.md", "[kathy, madame]", "[kathy, madame"),
				"content/chapters/chapter-02.md:7: malformed front matter: while parsing a flow sequence");
		assertProblems(edit("chapters/chapter-02.md", "characters: [kathy, madame]", "characters without a colon"),
				"content/chapters/chapter-02.md:7: malformed front matter: while scanning a simple key");
		assertProblems(edit("chapters/chapter-02.md", "time: ", "time: \""),
				"content/chapters/chapter-02.md:4: malformed front matter: while scanning a quoted scalar");
		assertProblems(edit("chapters/chapter-02.md", "title: Fixture middle", "title Fixture middle"),
				"content/chapters/chapter-02.md:3: malformed front matter: while scanning a simple key");
		assertProblems(edit("chapters/chapter-02.md", "number: 2", "number 2"),
				"content/chapters/chapter-02.md:2: malformed front matter: this line is not 'key: value'");
	}

	@Test
	void yamlErrorOnItsOwnLine() {
		assertProblems(edit("chapters/chapter-02.md", "terms: [possible]", "terms: [possible]\n- stray item"),
				"content/chapters/chapter-02.md:11: malformed front matter: expected <block end>");
	}

	@Test
	void malformedFrontMatterIsItsFilesOnlyProblem() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(
					() -> new ContentReader().read(edit("chapters/chapter-02.md", "[kathy, madame]", "[kathy, madame")))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ContentProblem::toString)
				.singleElement()
				.asString()
				.startsWith("content/chapters/chapter-02.md:7: malformed front matter"));
	}

	@Test
	void anEditionWithoutChapters() {
		List<ContentFile> files = new ArrayList<>(
				new ContentFolder(new PathMatchingResourcePatternResolver()).read("classpath:fixtures/no-chapters/"));
		assertProblems(files, "content/chapters/: the edition has no chapters");
	}

	@Test
	void missingFrontMatter() {
		assertProblems(replace("themes/memory.md", "Just prose, no front matter.\n"),
				"content/themes/memory.md:1: the file must start with front matter");
	}

	@Test
	void unknownKey() {
		assertProblems(edit("symbols/the-tape.md", "description:", "colour: blue\ndescription:"),
				"content/symbols/the-tape.md:3: unknown front matter key 'colour'");
	}

	@Test
	void missingRequiredKey() {
		assertProblems(edit("characters/ruth.md", "role: main\n", ""),
				"content/characters/ruth.md:1: missing required front matter key 'role'");
	}

	@Test
	void duplicateSlugThroughAnAlias() {
		assertProblems(edit("characters/madame.md", "aliases: [marie-claude]", "aliases: [marie-claude, ruth]"),
				"content/characters/madame.md:5: duplicate slug: alias 'ruth' is also the slug of content/characters/ruth.md");
	}

	@Test
	void duplicateAliasAtItsLine() {
		assertProblems(
				edit("characters/kathy.md", "role: main\n", "role: main\naliases:\n  - kath\n  - marie-claude\n"),
				"content/characters/madame.md:5: duplicate slug: alias 'marie-claude' is already an alias of kathy");
		assertProblems(edit("characters/madame.md", "aliases: [marie-claude]", "aliases:\n  - marie-claude\n  - ruth"),
				"content/characters/madame.md:7: duplicate slug: alias 'ruth' is also the slug of content/characters/ruth.md");
	}

	@Test
	void duplicateChapterNumber() {
		List<ContentFile> files = new ArrayList<>(this.fixture);
		files.add(new ContentFile("chapters/chapter-three.md", text("chapters/chapter-03.md")));
		assertProblems(files,
				"content/chapters/chapter-three.md:2: duplicate chapter '3': already defined in content/chapters/chapter-03.md");
	}

	@Test
	void crossLinkToNothing() {
		assertProblems(edit("chapters/chapter-03.md", "[[ruth]] and", "[[tommy]] and"),
				"content/chapters/chapter-03.md:15: cross-link [[tommy]] points to nothing: there is no character 'tommy'");
	}

	@Test
	void crossLinkToAMissingAnchor() {
		assertProblems(edit("chapters/chapter-02.md", "#early-point", "#no-such-point"),
				"content/chapters/chapter-02.md:15: cross-link to /chapters/1#no-such-point: that page has no anchor 'no-such-point'");
	}

	@Test
	void frontMatterReferenceToNothing() {
		assertProblems(edit("chapters/chapter-02.md", "characters: [kathy, madame]", "characters: [kathy, nobody]"),
				"content/chapters/chapter-02.md:7: there is no character 'nobody'");
	}

	@Test
	void chapterNumberOutsideTheNovel() {
		assertProblems(edit("chapters/chapter-03.md", "number: 3", "number: 24"),
				"content/chapters/chapter-03.md:2: chapter number 24 is outside the novel: it has chapters 1–23");
	}

	@Test
	void agesOutOfOrder() {
		assertProblems(
				edit("chapters/chapter-03.md", "time: Marker time layer three\n",
						"time: Marker time layer three\nages: [11, 9]\n"),
				"content/chapters/chapter-03.md:5: 'ages' must be one age or two, youngest first, between 1 and 31");
	}

	@Test
	void gapInTheChapterNumbering() {
		List<ContentFile> files = new ArrayList<>(this.fixture);
		files.removeIf((file) -> file.path().equals("chapters/chapter-02.md"));
		files.replaceAll((file) -> file.path().equals("chapters/chapter-01.md") ? file
				: new ContentFile(file.path(), file.text().replace("[[chapter:2]]", "[[chapter:1]]")));
		assertProblems(files,
				"content/chapters/chapter-03.md:2: gap in the chapter numbering: chapter 2 missing before chapter 3");
	}

	@Test
	void fileOutsideTheKindFolders() {
		List<ContentFile> files = new ArrayList<>(this.fixture);
		files.add(new ContentFile("notes.md", "---\ntitle: x\n---\n"));
		assertProblems(files, "content/notes.md: content files belong in one of the folders");
	}

	@Test
	void everyProblemIsReportedInOneRun() {
		List<ContentFile> files = edit("chapters/chapter-03.md", "[[ruth]] and", "[[tommy]] and");
		files.replaceAll((file) -> file.path().equals("symbols/the-tape.md")
				? new ContentFile(file.path(), file.text().replace("description:", "colour: blue\ndescription:"))
				: file);
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentReader().read(files))
			.satisfies((ex) -> assertThat(ex.getProblems()).hasSize(2));
	}

	private void assertProblems(List<ContentFile> files, String expected) {
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentReader().read(files))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ContentProblem::toString)
				.anySatisfy((problem) -> assertThat(problem).startsWith(expected)));
	}

	private String text(String path) {
		return this.fixture.stream().filter((file) -> file.path().equals(path)).findFirst().orElseThrow().text();
	}

	private List<ContentFile> replace(String path, String text) {
		List<ContentFile> files = new ArrayList<>(this.fixture);
		files.replaceAll((file) -> file.path().equals(path) ? new ContentFile(path, text) : file);
		return files;
	}

	private List<ContentFile> edit(String path, String from, String to) {
		String original = text(path);
		assertThat(original).contains(from);
		return replace(path, original.replace(from, to));
	}

}
