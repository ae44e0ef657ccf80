package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.NovelCharacter;
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
					"/sources/wiki", "/symbols/the-boat", "/symbols/the-tape", "/themes/memory");
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
			.containsExactly("summary", "commentary", "early-point", "later-revelation");
		assertThat(first.getSections()).extracting(Section::getChapter).containsExactly(1, 1, 1, 3);
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
	void duplicateChapterNumber() {
		List<ContentFile> files = new ArrayList<>(this.fixture);
		files.add(new ContentFile("chapters/chapter-three.md", text("chapters/chapter-03.md")));
		assertProblems(files,
				"content/chapters/chapter-three.md:2: duplicate chapter '3': already defined in content/chapters/chapter-03.md");
	}

	@Test
	void crossLinkToNothing() {
		assertProblems(edit("chapters/chapter-03.md", "[[ruth]] and", "[[tommy]] and"),
				"content/chapters/chapter-03.md:14: cross-link [[tommy]] points to nothing: there is no character 'tommy'");
	}

	@Test
	void crossLinkToAMissingAnchor() {
		assertProblems(edit("chapters/chapter-02.md", "#early-point", "#no-such-point"),
				"content/chapters/chapter-02.md:14: cross-link to /chapters/1#no-such-point: that page has no anchor 'no-such-point'");
	}

	@Test
	void frontMatterReferenceToNothing() {
		assertProblems(edit("chapters/chapter-02.md", "characters: [kathy, madame]", "characters: [kathy, nobody]"),
				"content/chapters/chapter-02.md:6: there is no character 'nobody'");
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
