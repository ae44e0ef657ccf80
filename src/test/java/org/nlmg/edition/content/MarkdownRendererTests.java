package org.nlmg.edition.content;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nlmg.edition.content.MarkdownRenderer.RenderedBody;
import org.nlmg.edition.model.RenderedSection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MarkdownRendererTests {

	/** The entries the rendered prose may link to: Ruth and a theme. */
	private static EntryIndex index() {
		Problems problems = new Problems();
		FileParser parser = new FileParser(problems);
		List<ParsedFile> files = List
			.of(new ContentFile("characters/ruth.md", "---\nname: Ruth\ndescription: A friend.\nrole: main\n---\n"),
					new ContentFile("themes/memory.md",
							"---\ntitle: Memory and loss\ndescription: Remembering.\n---\n"))
			.stream()
			.map(parser::parse)
			.flatMap(Optional::stream)
			.toList();
		EntryIndex index = EntryIndex.of(files, problems);
		problems.throwIfAny();
		return index;
	}

	private final MarkdownRenderer renderer = new MarkdownRenderer(index());

	private RenderedBody render(String markdown, Integer defaultChapter) {
		Problems problems = new Problems();
		RenderedBody body = this.renderer.render("content/test.md", markdown, 5, defaultChapter, "", problems);
		problems.throwIfAny();
		return body;
	}

	@Test
	void headingGetsExplicitIdAndSelfLink() {
		RenderedSection section = render("## The Sale {#the-sale}\n", null).sections().get(0);
		assertThat(section.html()).isEqualTo(
				"<h2 id=\"the-sale\">The Sale <a class=\"self-link\" href=\"#the-sale\" aria-label=\"Link to this section\">§</a></h2>\n");
		assertThat(section.anchor()).isEqualTo("the-sale");
		assertThat(section.heading()).isEqualTo("The Sale");
		assertThat(section.level()).isEqualTo(2);
	}

	@Test
	void chapterTieIsNotWrittenIntoTheHtml() {
		RenderedSection section = render("### Madame explains {#madame-explains chapter=22}\n", null).sections().get(0);
		assertThat(section.html()).startsWith("<h3 id=\"madame-explains\">Madame explains <a ");
		assertThat(section.chapter()).isEqualTo(22);
	}

	@Test
	void headingWithoutIdGetsOneFromItsText() {
		RenderedSection section = render("## Miss Lucy's talk, again\n", null).sections().get(0);
		assertThat(section.anchor()).isEqualTo("miss-lucys-talk-again");
		assertThat(section.heading()).as("the heading as the page shows it, apostrophe kept")
			.isEqualTo("Miss Lucy\u2019s talk, again");
	}

	@Test
	void paragraphGetsFingerprintIdAndSelfLink() {
		String fingerprint = BlockIds.fingerprint("Kathy remembers.");
		RenderedSection section = render("## Summary\n\nKathy remembers.\n", null).sections().get(0);
		assertThat(section.html()).isEqualTo("<h2 id=\"summary\">Summary <a class=\"self-link\" href=\"#summary\" "
				+ "aria-label=\"Link to this section\">§</a></h2>\n<p id=\"summary-" + fingerprint
				+ "\">Kathy remembers. " + "<a class=\"self-link\" href=\"#summary-" + fingerprint
				+ "\" aria-label=\"Link to this paragraph\">¶</a></p>\n");
		assertThat(section.anchors()).containsExactly("summary", "summary-" + fingerprint);
	}

	@Test
	void paragraphIdSurvivesEditsToOtherParagraphs() {
		String before = render("## Summary\n\nFirst.\n\nSecond.\n", null).sections().get(0).anchors().get(2);
		String after = render("## Summary\n\nA new first paragraph.\n\nFirst, reworded.\n\nSecond.\n", null).sections()
			.get(0)
			.anchors()
			.get(3);
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aParagraphKeepsTheIdItsBracesGiveThroughAnyEdit() {
		RenderedSection section = render("## Summary\n\nKathy remembers, reworded.\n{#summary-abc123}\n", null)
			.sections()
			.get(0);
		assertThat(section.html()).endsWith("<p id=\"summary-abc123\">Kathy remembers, reworded."
				+ " <a class=\"self-link\" href=\"#summary-abc123\" aria-label=\"Link to this paragraph\">¶</a></p>\n");
		assertThat(section.anchors()).containsExactly("summary", "summary-abc123");
	}

	@Test
	void aBlockKeepsTheIdsOfParagraphsDeletedIntoIt() {
		RenderedSection section = render("## Summary\n\nWhat is left. {also=\"summary-aaaaaa summary-bbbbbb\"}\n", null)
			.sections()
			.get(0);
		String id = "summary-" + BlockIds.fingerprint("What is left.");
		assertThat(section.html()).contains("<p id=\"" + id + "\"><span class=\"kept-id\" id=\"summary-aaaaaa\"></span>"
				+ "<span class=\"kept-id\" id=\"summary-bbbbbb\"></span>What is left. <a class=\"self-link\"");
		assertThat(section.anchors()).containsExactly("summary", id, "summary-aaaaaa", "summary-bbbbbb");
	}

	@Test
	void aListItemKeepsItsIdToo() {
		RenderedSection section = render("## Questions\n\n1. Why, reworded? {#questions-abc123}\n2. How?\n", null)
			.sections()
			.get(0);
		assertThat(section.html()).contains("<li id=\"questions-abc123\">Why, reworded?");
	}

	@Test
	void aKeptIdUsedTwiceIsAProblem() {
		Problems problems = new Problems();
		this.renderer.render("content/test.md", "## S\n\nOne. {#s-abc}\n\nTwo. {#s-abc}\n\nThree {#Bad}\n", 5, null, "",
				problems);
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(problems::throwIfAny)
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ContentProblem::toString)
				.contains("content/test.md:9: the id 's-abc' is used twice on this page",
						"content/test.md:11: the id 'Bad' must be lowercase letters, digits and hyphens"));
	}

	@Test
	void aLinkWhoseLabelRepeatsTheWordBeforeItIsAProblem() {
		Problems problems = new Problems();
		this.renderer.render("content/test.md",
				"Kathy and the [[theme:memory|the past]].\n\nA [[ruth]] and the [[ruth]].\n", 5, null, "", problems);
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(problems::throwIfAny)
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ContentProblem::toString)
				.containsExactly("content/test.md:5: the link [[theme:memory|the past]] prints \"the past\", so the "
						+ "sentence reads \"the the past\": drop one \"the\" or give the link a label"));
	}

	@Test
	void listItemsGetIds() {
		RenderedSection section = render("## Questions\n\n1. Why?\n2. How?\n", null).sections().get(0);
		assertThat(section.html()).contains("<li id=\"questions-" + BlockIds.fingerprint("Why?") + "\">Why?</li>");
		assertThat(section.anchors()).hasSize(3);
	}

	@Test
	void crossLinksRenderAsLinksWithTheTargetsLabel() {
		String html = render("See [[ruth]] and [[theme:memory|what she keeps]].\n", null).sections().get(0).html();
		assertThat(html).contains("See <a href=\"/characters/ruth\" class=\"xref xref-character\">Ruth</a> and "
				+ "<a href=\"/themes/memory\" class=\"xref xref-theme\">what she keeps</a>.");
	}

	@Test
	void crossLinksAreCollectedWithTheirSectionAndLine() {
		RenderedBody body = render("## One\n\nText.\n\n## Two {#two chapter=8}\n\nAbout [[ruth]].\n", null);
		assertThat(body.links()).singleElement().satisfies((link) -> {
			assertThat(link.target().url()).isEqualTo("/characters/ruth");
			assertThat(link.sectionAnchor()).isEqualTo("two");
			assertThat(link.sectionChapter()).isEqualTo(8);
			assertThat(link.line()).isEqualTo(11);
		});
	}

	@Test
	void chapterTiesAreInheritedAndNeverEarlierThanTheEnclosingHeading() {
		List<RenderedSection> sections = render(
				"## Arc\n\n### Early {chapter=2}\n\n#### Inside\n\n#### Inside but earlier {chapter=1}\n\n### Late {chapter=20}\n\n## Questions\n",
				null)
			.sections();
		assertThat(sections).extracting(RenderedSection::chapter).containsExactly(null, 2, 2, 2, 20, null);
	}

	@Test
	void untiedSectionsTakeTheDefaultChapter() {
		List<RenderedSection> sections = render("Lead.\n\n## Summary\n\n### Spoiler {chapter=22}\n", 6).sections();
		assertThat(sections).extracting(RenderedSection::chapter).containsExactly(6, 6, 22);
		assertThat(sections.get(0).anchor()).isNull();
	}

	@Test
	void sectionWordsAreWhatAReaderSees() {
		RenderedSection section = render(
				"## Ruth's talk {#talk}\n\nAbout [[ruth]]'s \"pencil case\" & [[theme:memory|memory]].\n", null)
			.sections()
			.get(0);
		assertThat(section.words()).isEqualTo("About Ruth’s “pencil case” & memory.");
	}

	@Test
	void rawHtmlIsEscaped() {
		assertThat(render("<script>alert(1)</script>\n", null).sections().get(0).html()).doesNotContain("<script>");
	}

	@Test
	void problemsNameTheFileLine() {
		Problems problems = new Problems();
		this.renderer.render("content/test.md",
				"## Fine\n\nA link to [[nobody]] and [[villain:x]].\n\n## Bad {chapter=40}\n", 5, null, "", problems);
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(problems::throwIfAny)
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ContentProblem::toString)
				.containsExactly(
						"content/test.md:7: cross-link [[nobody]] points to nothing: there is no character 'nobody'",
						"content/test.md:7: unknown kind 'villain' in cross-link [[villain:x]] (use chapter, character, theme, symbol, term, source, quiz or page)",
						"content/test.md:9: chapter=40 is not a chapter of the novel (1–23)"));
	}

}
