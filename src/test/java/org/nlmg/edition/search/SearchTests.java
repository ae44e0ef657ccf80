package org.nlmg.edition.search;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.nlmg.edition.reading.ReadingPosition;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "edition.content=classpath:fixtures/edition/")
@AutoConfigureMockMvc
class SearchTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void findsPagesHoldingEveryWordAndLinksToTheSection() throws Exception {
		this.mvc.perform(get("/search").param("q", "fixture-ch1-early-note memory"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 page found"),
					containsString("href=\"/chapters/1#early-point\""), containsString("FIXTURE-CH1-EARLY-NOTE"))));
	}

	@Test
	void aGlossaryHitLinksToTheTerm() throws Exception {
		this.mvc.perform(get("/search").param("q", "FIXTURE-CARER-DEFINITION"))
			.andExpect(content().string(containsString("href=\"/glossary#carer\"")));
	}

	@Test
	void neverFindsWhatIsPastTheReadingPosition() throws Exception {
		this.mvc.perform(get("/search").param("q", "fixture-kathy-arc").cookie(new Cookie(ReadingPosition.COOKIE, "1")))
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-KATHY-ARC-CH1"), not(containsString("FIXTURE-KATHY-ARC-CH3")))));
		this.mvc.perform(get("/search").param("q", "FIXTURE-MADAME-INTRO").param("upto", "1"))
			.andExpect(content().string(allOf(containsString("Nothing in the edition holds all of these words"),
					not(containsString("href=\"/characters/madame")))));
	}

	@Test
	void hostileQueriesGetAnOrdinaryPage() throws Exception {
		for (String query : List.of("%", "_", "\\", "' or 1=1 --", "<script>alert(1)</script>", "a".repeat(5000), "",
				"   ")) {
			this.mvc.perform(get("/search").param("q", query))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<script>alert"))));
		}
		this.mvc.perform(get("/search").param("q", "%"))
			.andExpect(content().string(containsString("Type at least one word")));
	}

	@Test
	void queryWordsAreLettersAndDigits() {
		assertThat(Search.words("Ruth's  pencil-case, 1 %_ the THE")).containsExactly("ruth's", "pencil", "case",
				"the");
	}

	@Test
	void snippetsCutAtWords() {
		String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
				+ "seventeen eighteen nineteen twenty twentyone twentytwo target twentythree";
		assertThat(Search.snippet(text, List.of("target"))).startsWith("…").contains("target").doesNotContain("  ");
	}

}
