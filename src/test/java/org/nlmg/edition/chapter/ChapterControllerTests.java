package org.nlmg.edition.chapter;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.entry.RedirectRepository;
import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryView.SectionView;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.quiz.QuizPages.QuizCard;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.share.EditionPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The chapter pages render the model they are given, and nothing else. */
@WebMvcTest(ChapterController.class)
class ChapterControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ChapterPages pages;

	@MockitoBean
	private RedirectRepository redirects;

	@MockitoBean
	private EditionPages editionPages;

	@BeforeEach
	void chapters() {
		Chapter six = new Chapter(6, "The tape", "Kathy at 31 recalls herself at about 11", 11, 11, "One line.",
				"<p>Synopsis.</p>", "chapters/chapter-06.md", List.of(), List.of(), List.of());
		Chapter seven = new Chapter(7, "The pavilion", "Later", null, null, "Next one.", "<p>Synopsis.</p>",
				"chapters/chapter-07.md", List.of(), List.of(), List.of());
		EntryView<Chapter> page = new EntryView<>(six, six.getFullTitle(), null,
				List.of(new SectionView(2, 6, "summary", "Summary",
						"<h2 id=\"summary\">Summary</h2>\n<p>SUMMARY-TEXT</p>\n")),
				0, List.of(), List.of(Crumb.index(ContentKind.CHAPTER), Crumb.here("Chapter 6")), false);
		given(this.pages.chapter(anyInt(), any(SpoilerPolicy.class)))
			.willThrow(new EntryNotFoundException(ContentKind.CHAPTER, "99"));
		given(this.pages.chapter(org.mockito.ArgumentMatchers.eq(6), any(SpoilerPolicy.class)))
			.willReturn(new ChapterView(page, List.of(), List.of(), List.of(), List.of(), null, null, seven, null,
					new QuizCard("Chapter 6 quiz", "The tape", "/quizzes/chapter-6", 8), null));
		given(this.pages.parts(any(SpoilerPolicy.class)))
			.willReturn(List.of(
					new PartView(Part.ONE, List.of(new PartView.ChapterCard(6, "Chapter 6", "Chapter 6: The tape",
							"The tape", "One line.", "/chapters/6")), null),
					new PartView(Part.THREE, List.of(), null)));
	}

	@Test
	void showsAChapterWithItsPartAndNeighbours() throws Exception {
		this.mvc.perform(get("/chapters/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Chapter 6: The tape</h1>")))
			.andExpect(content()
				.string(containsString("<title>Chapter 6: The tape · Never Let Me Go study edition</title>")))
			.andExpect(content().string(containsString("Part One")))
			.andExpect(content().string(containsString("Kathy at 31 recalls herself at about 11")))
			.andExpect(content().string(containsString("SUMMARY-TEXT")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/chapters/7\"")))
			.andExpect(content().string(containsString("href=\"/quizzes/chapter-6\"")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))));
	}

	@Test
	void listsChaptersByPart() throws Exception {
		this.mvc.perform(get("/chapters"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chapter 6: The tape")))
			.andExpect(content().string(containsString("Part Three")));
	}

	@Test
	void aChapterOutsideTheNovelIsAHelpful404() throws Exception {
		this.mvc.perform(get("/chapters/99")).andExpect(status().isNotFound());
	}

	@Test
	void aChapterThatIsNotANumberIsA404() throws Exception {
		this.mvc.perform(get("/chapters/abc")).andExpect(status().isNotFound());
		this.mvc.perform(get("/chapters/99999999999")).andExpect(status().isNotFound());
	}

}
