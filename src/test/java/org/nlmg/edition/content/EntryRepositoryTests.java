package org.nlmg.edition.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.chapter.ChapterNoteRepository;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.character.NovelCharacter;
import org.nlmg.edition.character.NovelCharacterRepository;
import org.nlmg.edition.glossary.TermRepository;
import org.nlmg.edition.theme.Theme;
import org.nlmg.edition.theme.ThemeRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Stores the fixture edition and asks the queries the pages ask. */
@DataJpaTest
class EntryRepositoryTests {

	@Autowired
	private EntryRepository entries;

	@Autowired
	private CrossReferenceRepository crossReferences;

	@Autowired
	private ChapterRepository chapters;

	@Autowired
	private NovelCharacterRepository characters;

	@Autowired
	private ThemeRepository themes;

	@Autowired
	private TermRepository terms;

	@Autowired
	private ChapterNoteRepository notes;

	@BeforeEach
	void store() {
		Edition edition = new ContentReader()
			.read(new ContentFolder(new PathMatchingResourcePatternResolver()).read(ContentReaderTests.FIXTURE));
		this.entries.saveAll(edition.entries());
		this.crossReferences.saveAll(edition.crossReferences());
	}

	@Test
	void findsACharacterByAlias() {
		assertThat(this.characters.findByAlias("marie-claude")).map(NovelCharacter::getSlug).contains("madame");
		assertThat(this.characters.findByAlias("madame")).isEmpty();
	}

	@Test
	void findsTheChaptersACharacterAppearsIn() {
		NovelCharacter ruth = this.characters.findBySlug("ruth").orElseThrow();
		assertThat(this.chapters.findByCharactersContainingOrderByNumberAsc(ruth)).extracting((c) -> c.getNumber())
			.containsExactly(1, 3);
	}

	@Test
	void buildsAThemeTrackerInChapterOrder() {
		Theme memory = this.themes.findBySlug("memory").orElseThrow();
		assertThat(this.notes.findBySubjectOrderByChapterNumberAsc(memory)).extracting((n) -> n.getChapter().getNumber())
			.containsExactly(1, 2);
	}

	@Test
	void keepsEachChaptersTermsInOrder() {
		assertThat(this.chapters.findByNumber(2).orElseThrow().getTerms()).extracting((t) -> t.getSlug()).containsExactly("possible");
		assertThat(this.terms.findBySlug("possible").orElseThrow().getFirstChapter()).isEqualTo(2);
	}

	@Test
	void keepsSectionsInOrderWithTheirChapterTies() {
		assertThat(this.chapters.findByNumber(1).orElseThrow().getSections()).extracting(Section::getChapter)
			.containsExactly(1, 1, 1, 3);
	}

	@Test
	void findsWhatMentionsAPage() {
		Entry memory = this.themes.findBySlug("memory").orElseThrow();
		assertThat(this.crossReferences.findByTarget(memory)).extracting((r) -> r.getSource().getUrl())
			.containsExactly("/chapters/1");
	}

}
