package org.nlmg.edition.revision;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.reading.ReadingPosition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The key phrases and the one-page summaries over the fixture edition, at positions. */
@SpringBootTest(properties = "edition.content=classpath:fixtures/edition/")
@AutoConfigureMockMvc
class RevisionPagesTests {

	@Autowired
	private MockMvc mvc;

	private static MockHttpServletRequestBuilder at(String path, int upto) {
		return get(path).cookie(new Cookie(ReadingPosition.COOKIE, String.valueOf(upto)));
	}

	@Test
	void keyPhrasesComeByChapterWithWhereTheyStand() throws Exception {
		this.mvc.perform(get("/key-phrases"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-CH1-KEY-PHRASE"), containsString("FIXTURE-CH3-KEY-PHRASE"),
						containsString("id=\"chapter-3\""), containsString("href=\"/chapters/1#key-phrases-"),
						containsString("href=\"/key-phrases/theme/memory\""),
						containsString("href=\"/key-phrases/character/ruth\""))));
	}

	@Test
	void atChapterNTheKeyPhrasesShowNothingFromLaterChapters() throws Exception {
		this.mvc.perform(at("/key-phrases", 2))
			.andExpect(content().string(allOf(containsString("FIXTURE-CH1-KEY-PHRASE"),
					containsString("FIXTURE-CH1-SECOND-PHRASE"), not(containsString("FIXTURE-CH3")),
					not(containsString("Fixture ending")), not(containsString("id=\"chapter-3\"")),
					containsString("1 entry about later chapters is hidden"))));
		this.mvc.perform(at("/key-phrases/character/ruth", 2))
			.andExpect(content().string(allOf(containsString("FIXTURE-CH1-KEY-PHRASE"),
					not(containsString("FIXTURE-CH1-SECOND-PHRASE")), not(containsString("FIXTURE-CH3")))));
	}

	@Test
	void filtersKeepThePhrasesThatLinkToTheirSubject() throws Exception {
		this.mvc.perform(get("/key-phrases/theme/memory"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Key phrases: Memory"),
					containsString("FIXTURE-CH1-KEY-PHRASE"), not(containsString("FIXTURE-CH3-KEY-PHRASE")))));
		this.mvc.perform(get("/key-phrases/character/ruth"))
			.andExpect(content().string(allOf(containsString("FIXTURE-CH1-KEY-PHRASE"),
					containsString("FIXTURE-CH3-KEY-PHRASE"), not(containsString("FIXTURE-CH1-SECOND-PHRASE")))));
		this.mvc.perform(get("/key-phrases/character/nobody")).andExpect(status().isNotFound());
	}

	@Test
	void theSummariesHoldBackChaptersPastThePosition() throws Exception {
		this.mvc.perform(at("/summary", 1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("FIXTURE-CH1-SYNOPSIS"), not(containsString("CH2")),
					not(containsString("CH3")), containsString("2 entries about later chapters are hidden"),
					containsString("href=\"/summary/part-2\""))));
		this.mvc.perform(get("/summary/part-1"))
			.andExpect(content().string(allOf(containsString("Part One in one page"),
					containsString("FIXTURE-CH3-SYNOPSIS"), containsString("href=\"/summary\""))));
		this.mvc.perform(get("/summary/part-2"))
			.andExpect(content()
				.string(allOf(not(containsString("FIXTURE-CH1")), containsString("No chapter of this part to show"))));
		this.mvc.perform(get("/summary/part-4")).andExpect(status().isNotFound());
	}

}
