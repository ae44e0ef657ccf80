package org.nlmg.edition.reading;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page kind, over the fixture edition, whose markers name the chapter they belong
 * to: a reader at chapter 1 must never see a marker of chapter 2 or 3.
 */
@SpringBootTest(properties = "edition.content=classpath:fixtures/edition/")
@AutoConfigureMockMvc
class SpoilerSafeReadingTests {

	@Autowired
	private MockMvc mvc;

	private static MockHttpServletRequestBuilder atChapterOne(String path) {
		return get(path).cookie(new Cookie(ReadingPosition.COOKIE, "1"));
	}

	@Test
	void chapterPageHoldsBackAnnotationsTiedToLaterChapters() throws Exception {
		this.mvc.perform(atChapterOne("/chapters/1"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-CH1-SUMMARY"), containsString("FIXTURE-CH1-EARLY-NOTE"),
						not(containsString("You have set your reading position to")),
						containsString("Themes in this chapter"), containsString("FIXTURE-CH1-MEMORY-NOTE"),
						containsString("FIXTURE-CH1-TAPE-NOTE"), not(containsString("FIXTURE-CH1-SPOILER-FROM-CH3")),
						containsString("1 entry about later chapters is hidden"), not(containsString("Fixture middle")),
						not(containsString("href=\"/chapters/2\"")))));
	}

	@Test
	void aChapterAtAGlanceShowsOnlyWhatThePositionAllows() throws Exception {
		this.mvc.perform(atChapterOne("/chapters/1/glance"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("FIXTURE-CH1-SUMMARY"),
					containsString("href=\"/chapters/1#early-point\">1. An early point</a>"),
					containsString("FIXTURE-CH1-EARLY-NOTE about Memory."), not(containsString("A later revelation")),
					not(containsString("FIXTURE-CH1-SPOILER-FROM-CH3")))));
		this.mvc.perform(atChapterOne("/chapters/3/glance"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You have set your reading position to"),
					not(containsString("FIXTURE-CH3")))));
		this.mvc.perform(atChapterOne("/chapters/99/glance")).andExpect(status().isNotFound());
	}

	@Test
	void aPrintablePartLeavesOutChaptersPastThePosition() throws Exception {
		this.mvc.perform(atChapterOne("/parts/1/print"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("FIXTURE-CH1-SUMMARY"),
					containsString("2 chapters of this part come"), not(containsString("FIXTURE-CH2")),
					not(containsString("FIXTURE-CH3")), not(containsString("FIXTURE-CH1-SPOILER-FROM-CH3")))));
		this.mvc.perform(get("/parts/1/print").param("upto", "all"))
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-CH3"), not(containsString("chapters of this part come")))));
		this.mvc.perform(atChapterOne("/parts/4/print")).andExpect(status().isNotFound());
	}

	@Test
	void heldBackEntriesCanBeShownOnThatPage() throws Exception {
		this.mvc.perform(atChapterOne("/chapters/1").param("reveal", "1"))
			.andExpect(content().string(containsString("FIXTURE-CH1-SPOILER-FROM-CH3")));
	}

	@Test
	void aLaterChapterShowsAGateFirst() throws Exception {
		this.mvc.perform(atChapterOne("/chapters/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You have set your reading position to"),
					not(containsString("FIXTURE-CH3-SUMMARY")), not(containsString("Fixture ending")))));
	}

	@Test
	void chapterListsNameLaterChaptersOnlyByNumber() throws Exception {
		for (String path : new String[] { "/", "/chapters" }) {
			this.mvc.perform(atChapterOne(path))
				.andExpect(content().string(allOf(containsString("Fixture opening"),
						not(containsString("Fixture middle")), not(containsString("FIXTURE-CH2-DESCRIPTION")),
						not(containsString("href=\"/chapters/3\"")))));
		}
	}

	@Test
	void characterPageShowsOnlyTheArcSoFar() throws Exception {
		this.mvc.perform(atChapterOne("/characters/kathy"))
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-KATHY-ARC-CH1"), not(containsString("FIXTURE-KATHY-ARC-CH3")),
						not(containsString("A character from later in the book")),
						not(containsString("href=\"/chapters/2\"")),
						containsString("2 entries about later chapters are hidden"))));
	}

	@Test
	void aCharacterMetLaterIsGatedAndUnlisted() throws Exception {
		this.mvc.perform(atChapterOne("/characters/madame"))
			.andExpect(content()
				.string(allOf(not(containsString("FIXTURE-MADAME-INTRO")), not(containsString("<h1>Madame")))));
		this.mvc.perform(atChapterOne("/characters"))
			.andExpect(content().string(allOf(containsString("Kathy H."), not(containsString("Madame")))));
	}

	@Test
	void aSymbolMetLaterIsGatedAndUnlisted() throws Exception {
		this.mvc.perform(atChapterOne("/symbols/the-boat"))
			.andExpect(content().string(allOf(containsString("A symbol or motif from later in the book"),
					not(containsString("FIXTURE-BOAT-INTRO")))));
		this.mvc.perform(atChapterOne("/symbols"))
			.andExpect(content().string(allOf(containsString("The tape"), not(containsString("The fixture boat")))));
		this.mvc.perform(get("/symbols/the-boat")).andExpect(content().string(containsString("FIXTURE-BOAT-INTRO")));
	}

	@Test
	void themeTrackerStopsAtThePosition() throws Exception {
		this.mvc.perform(atChapterOne("/themes/memory"))
			.andExpect(content().string(allOf(containsString("FIXTURE-CH1-MEMORY-NOTE"),
					not(containsString("FIXTURE-CH2-MEMORY-NOTE")), not(containsString("FIXTURE-MEMORY-LATE-CH3")))));
	}

	@Test
	void mentionsFromLaterChaptersAreHeldBack() throws Exception {
		this.mvc.perform(atChapterOne("/symbols/the-tape"))
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-CH1-TAPE-NOTE"), not(containsString("Mentioned in")))));
		this.mvc.perform(get("/symbols/the-tape")).andExpect(content().string(containsString("Mentioned in")));
	}

	@Test
	void glossaryHoldsBackWordsFirstUsedLater() throws Exception {
		this.mvc.perform(atChapterOne("/glossary"))
			.andExpect(content().string(allOf(containsString("FIXTURE-CARER-DEFINITION"),
					not(containsString("FIXTURE-POSSIBLE-DEFINITION")), not(containsString("href=\"/chapters/3\"")))));
	}

	@Test
	void sourceAndFreePagesHoldBackTiedSections() throws Exception {
		this.mvc.perform(atChapterOne("/sources/wiki"))
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-WIKI-SUMMARY"), not(containsString("FIXTURE-WIKI-LATE-CH3")))));
		this.mvc.perform(atChapterOne("/about"))
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-ABOUT-LEAD"), not(containsString("FIXTURE-ABOUT-LATE-CH2")))));
	}

	@Test
	void withNoPositionEverythingShowsAndPagesSaySo() throws Exception {
		this.mvc.perform(get("/characters/kathy"))
			.andExpect(content()
				.string(allOf(containsString("FIXTURE-KATHY-ARC-CH3"), containsString("covers the whole novel"))));
	}

	@Test
	void aLinkCarriesItsPositionAndWinsOverTheCookie() throws Exception {
		this.mvc.perform(get("/chapters/1").param("upto", "1").cookie(new Cookie(ReadingPosition.COOKIE, "3")))
			.andExpect(content().string(allOf(not(containsString("FIXTURE-CH1-SPOILER-FROM-CH3")),
					containsString("href=\"/characters?upto=1\""), containsString("href=\"/characters/ruth?upto=1\""),
					containsString("This page's address keeps the position"))));
	}

	@Test
	void badValuesGetANoticeNotAnError() throws Exception {
		for (String bad : new String[] { "0", "abc", "<script>", "99" }) {
			this.mvc.perform(get("/chapters/1").param("upto", bad))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("class=\"reading-notice\""), not(containsString("<script>")))));
		}
	}

	@Test
	void theFormRemembersThePositionAndKeepsItInTheAddress() throws Exception {
		this.mvc.perform(get("/characters/kathy").param("upto", "2").param("remember", "1"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/characters/kathy?upto=2"))
			.andExpect(cookie().value(ReadingPosition.COOKIE, "2"));
		this.mvc.perform(get("/chapters/3").param("upto", "all").param("remember", "1"))
			.andExpect(header().string("Location", "/chapters/3"))
			.andExpect(cookie().maxAge(ReadingPosition.COOKIE, 0));
	}

	/** "Set" on a citation, a search or a lesson comes back to the same one. */
	@Test
	void settingThePositionKeepsWhatThePageShows() throws Exception {
		this.mvc.perform(get("/cite").param("path", "/chapters/1").param("upto", "2").param("remember", "1"))
			.andExpect(header().string("Location", "/cite?path=/chapters/1&upto=2"));
		this.mvc
			.perform(get("/lesson").param("title", "A+B & C")
				.param("s", "chapters/1")
				.param("s", "themes/memory")
				.param("upto", "all")
				.param("remember", "1"))
			.andExpect(header().string("Location", "/lesson?title=A%2BB%20%26%20C&s=chapters/1&s=themes/memory"));
		this.mvc.perform(get("/search").param("q", "tommy").cookie(new Cookie(ReadingPosition.COOKIE, "2")))
			.andExpect(content().string(allOf(containsString("<input type=\"hidden\" name=\"q\" value=\"tommy\">"),
					containsString("href=\"/search?q=tommy&amp;upto=2\">Link to this page at this position"))));
	}

	@Test
	void afterSetThePageOffersACopyableClassLinkAtThatPosition() throws Exception {
		String location = this.mvc.perform(get("/chapters/1").param("upto", "2").param("remember", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).cookie(new Cookie(ReadingPosition.COOKIE, "2")))
			.andExpect(content().string(allOf(containsString("Link for a class at chapter <span>2</span>"),
					containsString("value=\"http://localhost/chapters/1?upto=2\""))));
		this.mvc.perform(get("/chapters/1").cookie(new Cookie(ReadingPosition.COOKIE, "2")))
			.andExpect(content().string(allOf(containsString("Link to this page at this position"),
					not(containsString("Link for a class")))));
	}

	@Test
	void aFirstVisitIsAskedOnceHowFarTheReaderHasRead() throws Exception {
		for (int visit = 0; visit < 2; visit++) {
			// The second answer comes from the page store, with the same cookie.
			this.mvc.perform(get("/chapters/1"))
				.andExpect(content().string(allOf(containsString("How far have you read?"),
						containsString("href=\"/chapters/1?upto=all&amp;remember=1\">The whole book</a>"))))
				.andExpect(cookie().value(FirstVisit.COOKIE, "1"));
		}
		this.mvc.perform(get("/chapters/1").cookie(new Cookie(FirstVisit.COOKIE, "1")))
			.andExpect(content().string(not(containsString("How far have you read?"))))
			.andExpect(cookie().doesNotExist(FirstVisit.COOKIE));
		this.mvc.perform(get("/chapters/1").param("upto", "1"))
			.andExpect(content().string(not(containsString("How far have you read?"))))
			.andExpect(cookie().doesNotExist(FirstVisit.COOKIE));
		this.mvc.perform(atChapterOne("/chapters/1"))
			.andExpect(content().string(not(containsString("How far have you read?"))));
	}

	@Test
	void aValueThatIsNotAChapterChangesNothing() throws Exception {
		this.mvc.perform(get("/chapters/3").param("upto", "<b>").param("remember", "1"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/chapters/3"))
			.andExpect(cookie().doesNotExist(ReadingPosition.COOKIE));
	}

	@Test
	void aLinkFromAnotherSiteShowsThePositionButDoesNotRememberIt() throws Exception {
		this.mvc
			.perform(
					get("/chapters/3").param("upto", "2").param("remember", "1").header("Sec-Fetch-Site", "cross-site"))
			.andExpect(header().string("Location", "/chapters/3?upto=2"))
			.andExpect(cookie().doesNotExist(ReadingPosition.COOKIE));
	}

	@Test
	void theEarlierPostedFormStillWorks() throws Exception {
		this.mvc.perform(post("/reading-position").param("upto", "2").param("return", "/characters/kathy"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/characters/kathy?upto=2"))
			.andExpect(cookie().value(ReadingPosition.COOKIE, "2"));
		this.mvc.perform(post("/reading-position").param("upto", "all").param("return", "//evil.example/"))
			.andExpect(header().string("Location", "/evil.example"))
			.andExpect(cookie().maxAge(ReadingPosition.COOKIE, 0));
	}

}
