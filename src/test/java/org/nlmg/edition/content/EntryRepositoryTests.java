package org.nlmg.edition.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.chapter.ChapterNoteRepository;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.character.NovelCharacterRepository;
import org.nlmg.edition.character.RelationshipRepository;
import org.nlmg.edition.entry.CrossReferenceRepository;
import org.nlmg.edition.entry.RedirectRepository;
import org.nlmg.edition.glossary.TermRepository;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Quiz;
import org.nlmg.edition.model.QuizQuestion;
import org.nlmg.edition.quiz.QuizRepository;
import org.nlmg.edition.revision.KeyPhraseRepository;
import org.nlmg.edition.model.Redirect;
import org.nlmg.edition.model.Section;
import org.nlmg.edition.subject.ThemeRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stores the fixture edition as start-up does, then clears the persistence context, so
 * that every query below reads order and relations back from the database, not from the
 * objects just saved.
 */
@DataJpaTest
class EntryRepositoryTests {

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private RedirectRepository redirects;

	@Autowired
	private CrossReferenceRepository crossReferences;

	@Autowired
	private ChapterRepository chapters;

	@Autowired
	private NovelCharacterRepository characters;

	@Autowired
	private RelationshipRepository relationships;

	@Autowired
	private ThemeRepository themes;

	@Autowired
	private TermRepository terms;

	@Autowired
	private QuizRepository quizzes;

	@Autowired
	private KeyPhraseRepository keyPhrases;

	@Autowired
	private ChapterNoteRepository notes;

	@BeforeEach
	void store() {
		Edition edition = new ContentReader()
			.read(new ContentFolder(new PathMatchingResourcePatternResolver()).read(ContentReaderTests.FIXTURE));
		ContentLoader.store(edition, this.entityManager.getEntityManager());
		assertThat(this.entityManager.getEntityManager().contains(edition.entries().get(0))).as("cleared").isFalse();
	}

	@Test
	void findsAPageByItsOldAddress() {
		assertThat(this.redirects.findByFromPath("/characters/marie-claude")).map(Redirect::getTarget)
			.map(Entry::getSlug)
			.contains("madame");
		assertThat(this.redirects.findByFromPath("/characters/madame")).isEmpty();
	}

	@Test
	void findsTheChaptersACharacterAppearsIn() {
		NovelCharacter ruth = this.characters.findBySlug("ruth").orElseThrow();
		assertThat(this.chapters.findByCharactersContainingOrderByNumberAsc(ruth)).extracting(Chapter::getNumber)
			.containsExactly(1, 3);
	}

	@Test
	void keepsACharactersRelationshipsInOrder() {
		NovelCharacter ruth = this.characters.findBySlug("ruth").orElseThrow();
		assertThat(this.relationships.findByCharacterOrderByPositionAsc(ruth))
			.extracting((r) -> r.getType() + " " + r.getOther().getSlug())
			.containsExactly("friend kathy");
	}

	@Test
	void buildsAThemeTrackerInChapterOrder() {
		Entry memory = this.themes.findBySlug("memory").orElseThrow();
		assertThat(this.notes.findBySubjectOrderByChapterNumberAsc(memory))
			.extracting((n) -> n.getChapter().getNumber())
			.containsExactly(1, 2);
	}

	@Test
	void keepsAChaptersNotesInTheOrderOfItsFrontMatter() {
		Chapter first = this.chapters.findByNumber(1).orElseThrow();
		assertThat(this.notes.findByChapterOrderByPositionAsc(first)).extracting((n) -> n.getSubject().getSlug())
			.containsExactly("memory", "the-tape");
	}

	@Test
	void keepsEachChaptersCharactersAndTermsInOrder() {
		assertThat(this.chapters.findByNumber(1).orElseThrow().getCharacters()).extracting(NovelCharacter::getSlug)
			.containsExactly("kathy", "ruth");
		assertThat(this.chapters.findByNumber(2).orElseThrow().getTerms()).extracting(Entry::getSlug)
			.containsExactly("possible");
		assertThat(this.terms.findBySlug("possible").orElseThrow().getIntroducedIn()).isEqualTo(2);
	}

	@Test
	void keepsSectionsInOrderWithTheirChapterTies() {
		Chapter first = this.chapters.findByNumber(1).orElseThrow();
		assertThat(first.getSections()).extracting(Section::getAnchor)
			.containsExactly("summary", "commentary", "early-point", "later-revelation", "key-phrases");
		assertThat(first.getSections()).extracting(Section::getChapter).containsExactly(1, 1, 1, 3, 1);
		assertThat(first.getSynopsis()).contains("FIXTURE-CH1-SYNOPSIS");
	}

	@Test
	void keepsAQuizsQuestionsAndTheirOptionsInOrder() {
		Quiz quiz = this.quizzes.findBySlug("chapter-1").orElseThrow();
		assertThat(quiz.getChapter()).isEqualTo(1);
		assertThat(quiz.getQuestions()).extracting(QuizQuestion::getAnchor)
			.containsExactly("first-question", "question-2", "question-3", "question-4", "question-5", "question-6");
		assertThat(quiz.getQuestions()).extracting(QuizQuestion::getAnswer).containsExactly(0, 2, 0, 1, 2, 0);
		assertThat(quiz.getQuestions().get(1).getOptions()).containsExactly("Kathy", "Ruth", "A guardian");
		assertThat(this.quizzes.findAllByOrderByIntroducedInAscQuizPartAsc()).extracting(Quiz::getSlug)
			.containsExactly("chapter-1", "part-1");
	}

	@Test
	void keepsKeyPhrasesInTheBooksOrderWithWhatTheyLinkTo() {
		assertThat(this.keyPhrases.findAllByOrderByChapterNumberAscPositionAsc())
			.extracting((phrase) -> phrase.getChapter().getNumber() + " "
					+ phrase.getLinked().stream().map(Entry::getSlug).toList())
			.containsExactly("1 [ruth, memory]", "1 []", "3 [ruth]");
	}

	@Test
	void findsWhatMentionsAPage() {
		Entry memory = this.themes.findBySlug("memory").orElseThrow();
		assertThat(this.crossReferences.findByTargetOrderById(memory)).extracting((r) -> r.getUrl())
			.containsExactly("/chapters/1#early-point", "/chapters/1#key-phrases");
	}

}
