package org.nlmg.edition.chapter;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.content.Mentions;
import org.nlmg.edition.content.Section;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ChapterController.class)
class ChapterControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ChapterRepository chapters;

	@MockitoBean
	private Mentions mentions;

	@BeforeEach
	void chapters() {
		Chapter six = new Chapter(6, "The tape", "Kathy at 31 recalls herself at about 11", "One line.", "chapters/chapter-06.md");
		six.addSection(new Section("summary", 2, "Summary", 6, "<h2 id=\"summary\">Summary</h2>\n<p>SUMMARY-TEXT</p>\n",
				List.of("summary"), "Summary SUMMARY-TEXT"));
		Chapter seven = new Chapter(7, "The pavilion", "Later", "Next one.", "chapters/chapter-07.md");
		given(this.chapters.findByNumber(anyInt())).willReturn(Optional.empty());
		given(this.chapters.findByNumber(6)).willReturn(Optional.of(six));
		given(this.chapters.findByNumber(7)).willReturn(Optional.of(seven));
		given(this.chapters.findAllByOrderByNumberAsc()).willReturn(List.of(six, seven));
		given(this.mentions.of(six)).willReturn(List.of());
	}

	@Test
	void showsAChapterWithItsPartAndNeighbours() throws Exception {
		this.mvc.perform(get("/chapters/6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Chapter 6: The tape</h1>")))
			.andExpect(content().string(containsString("Part One")))
			.andExpect(content().string(containsString("Kathy at 31 recalls herself at about 11")))
			.andExpect(content().string(containsString("SUMMARY-TEXT")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/chapters/7\"")))
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
