package org.nlmg.edition.search;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.reading.ReadingPosition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search on the fixture edition: what a hit links to, and what a position holds back. */
@SpringBootTest(properties = "edition.content=classpath:fixtures/edition/")
@AutoConfigureMockMvc
class SearchTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aHitLinksToItsSectionUnderItsKindWithTheWordsMarked() throws Exception {
		this.mvc.perform(get("/search").param("q", "\"fixture-ch1-early-note\" memory"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 section found"), containsString("Chapters (1)"),
					containsString("href=\"/chapters/1#early-point\""), containsString("1. An early point"),
					containsString("<mark>FIXTURE</mark>-<mark>CH1</mark>-<mark>EARLY</mark>-<mark>NOTE</mark>"))));
	}

	@Test
	void aGlossaryHitLinksToTheTerm() throws Exception {
		this.mvc.perform(get("/search").param("q", "\"FIXTURE-CARER-DEFINITION\""))
			.andExpect(content()
				.string(allOf(containsString("Glossary (1)"), containsString("href=\"/glossary#carer\""))));
	}

	@Test
	void neverFindsWhatIsPastTheReadingPosition() throws Exception {
		this.mvc
			.perform(get("/search").param("q", "\"fixture-kathy-arc\"").cookie(new Cookie(ReadingPosition.COOKIE, "1")))
			.andExpect(content().string(allOf(containsString("1 section found"),
					containsString("<mark>FIXTURE</mark>-<mark>KATHY</mark>-<mark>ARC</mark>-CH1"),
					not(containsString("CH3")))));
		this.mvc.perform(get("/search").param("q", "\"FIXTURE-KATHY-ARC\""))
			.andExpect(content().string(allOf(containsString("2 sections found"), containsString("CH3"))));
		// Madame is introduced in chapter 2: not her page, nor her name as a suggestion.
		this.mvc.perform(get("/search").param("q", "\"FIXTURE-MADAME-INTRO\"").param("upto", "1"))
			.andExpect(content().string(allOf(containsString("Nothing in the edition matches"),
					not(containsString("href=\"/characters/madame")))));
		this.mvc.perform(get("/search").param("q", "Madme").param("upto", "1"))
			.andExpect(content().string(not(containsString("Did you mean"))));
		this.mvc.perform(get("/search").param("q", "Madme"))
			.andExpect(content().string(containsString("Did you mean")));
	}

	@Test
	void hostileQueriesGetAnOrdinaryPage() throws Exception {
		this.mvc.perform(get("/search").param("q", "<script>alert(1)</script> fixture"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<script>alert")),
					containsString("&lt;script&gt;alert(1)&lt;/script&gt; fixture"))));
		this.mvc.perform(get("/search").param("q", "%"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing to search for")));
		this.mvc.perform(get("/search").param("q", "fixture").param("kind", "no-such-kind")).andExpect(status().isOk());
	}

}
