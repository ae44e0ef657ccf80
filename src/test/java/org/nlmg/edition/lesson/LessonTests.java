package org.nlmg.edition.lesson;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Lessons live in their address: over the fixture edition. */
@SpringBootTest(properties = "edition.content=classpath:fixtures/edition/")
@AutoConfigureMockMvc
class LessonTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aLessonSurvivesTheRoundTripThroughItsAddress() {
		Lesson lesson = Lesson.of(Map.of("title", new String[] { "Ruth & Kathy: \"friends\"? 50% + more" }, "note",
				new String[] { "Read these; then write = 1 page." }, "upto", new String[] { "5" }, "s",
				new String[] { "chapters/5:pencil-case", "themes/memory" }));
		Lesson back = Lesson.ofQuery(lesson.query());
		assertThat(back).isEqualTo(lesson);
		assertThat(lesson.address()).startsWith("/lesson?title=").hasSizeLessThan(Lesson.MAX_ADDRESS);
	}

	@Test
	void aLessonPageListsItsSectionsWithTheirOpeningsAtItsPosition() throws Exception {
		this.mvc
			.perform(get("/lesson").param("title", "Memory")
				.param("upto", "1")
				.param("s", "chapters/1:early-point", "chapters/1:later-revelation", "chapters/2", "themes/memory"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Memory</h1>"),
					containsString("href=\"/chapters/1?upto=1#early-point\">1. An early point</a>"),
					containsString("FIXTURE-CH1-EARLY-NOTE about Memory."),
					containsString("2 sections of this lesson come</span>"), not(containsString("FIXTURE-CH1-SPOILER")),
					not(containsString("A later revelation")), not(containsString("FIXTURE-CH2")))));
	}

	@Test
	void aTamperedLessonSaysWhatItCouldNotReadAndKeepsTheRest() throws Exception {
		this.mvc
			.perform(get("/lesson").param("title", "<script>alert(1)</script>")
				.param("s", "<script>", "chapters/99:summary", "chapters/1:early-point"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("could not be read"),
					containsString("is not a section address"), containsString("There is no page at /chapters/99"),
					containsString("1. An early point"), not(containsString("<script>")))));
		this.mvc.perform(get(java.net.URI.create("/lesson?s=chapters/1%E2%28:early-point&s=chapters/1:early-point")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Section 1"), containsString("1. An early point"))));
		this.mvc.perform(get("/lesson").param("s", "chapters/1:early-point").param("upto", "x'y"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"reading-notice\"")));
	}

	@Test
	void aTruncatedLessonLinksTheWholePageOfAnAnchorItCannotFind() throws Exception {
		this.mvc.perform(get("/lesson").param("s", "chapters/1:early-poi", "chapt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has no section #early-poi any more"),
					containsString("There is no page at /chapt"), containsString("href=\"/chapters/1\""))));
	}

	@Test
	void aSectionOnAPageThatMovedIsFoundAtItsNewAddress() throws Exception {
		this.mvc.perform(get("/lesson").param("upto", "all").param("s", "characters/marie-claude"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/characters/madame?upto=all\""),
					not(containsString("could not be read")))));
	}

	@Test
	void theBuilderWorksThroughPlainGetForms() throws Exception {
		String first = this.mvc.perform(get("/lesson/build").param("add", "chapters/1:early-point"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(first).isEqualTo("/lesson/build?s=chapters/1:early-point");
		String pasted = this.mvc
			.perform(get(first).param("title", "T").param("add", "https://example.org/chapters/1?upto=2#summary"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(pasted).isEqualTo("/lesson/build?title=T&s=chapters/1:early-point&s=chapters/1:summary");
		this.mvc.perform(get(pasted).param("up", "1"))
			.andExpect(
					header().string("Location", "/lesson/build?title=T&s=chapters/1:summary&s=chapters/1:early-point"));
		this.mvc.perform(get(pasted).param("remove", "0"))
			.andExpect(header().string("Location", "/lesson/build?title=T&s=chapters/1:summary"));
		this.mvc.perform(get(pasted))
			.andExpect(status().isOk())
			.andExpect(cookie().exists("lesson"))
			.andExpect(content().string(containsString(
					"value=\"http://localhost/lesson?title=T&amp;s=chapters/1:early-point&amp;s=chapters/1:summary\"")));
		this.mvc.perform(get(pasted).param("up", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void addToLessonFromAPageAddsToTheLessonBeingBuilt() throws Exception {
		String building = this.mvc.perform(get("/lesson/build").param("s", "chapters/1:summary"))
			.andReturn()
			.getResponse()
			.getCookie("lesson")
			.getValue();
		this.mvc.perform(get("/chapters/1").param("upto", "all"))
			.andExpect(
					content().string(containsString("href=\"/lesson/build?add=chapters/1:early-point&amp;upto=all\"")));
		this.mvc
			.perform(get("/lesson/build").param("add", "chapters/1:early-point")
				.cookie(new jakarta.servlet.http.Cookie("lesson", building)))
			.andExpect(header().string("Location", "/lesson/build?s=chapters/1:summary&s=chapters/1:early-point"));
	}

}
