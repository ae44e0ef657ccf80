package org.nlmg.edition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.character.NovelCharacterRepository;
import org.nlmg.edition.glossary.TermRepository;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.model.Quiz;
import org.nlmg.edition.quiz.QuizRepository;
import org.nlmg.edition.subject.SymbolRepository;
import org.nlmg.edition.reading.FirstVisit;
import org.nlmg.edition.reading.ReadingPosition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Loads the real content/ and walks the whole site from the home page: every internal
 * link must lead to a page, and every #fragment to an element on it.
 */
// The content folder itself, not the copy in target/, which can keep files an author has
// deleted.
@SpringBootTest(properties = "edition.content=file:content/")
@AutoConfigureMockMvc
class EditionSiteTests {

	private static final String[] EVERY_LIST = { "/", "/chapters", "/characters", "/themes", "/symbols", "/glossary",
			"/sources", "/quizzes", "/key-phrases", "/summary", "/search?q=tommy+tape" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ChapterRepository chapters;

	@Autowired
	private NovelCharacterRepository characters;

	@Autowired
	private TermRepository terms;

	@Autowired
	private SymbolRepository symbols;

	@Autowired
	private QuizRepository quizzes;

	/**
	 * Every quiz is on the site, and its answers, once scored, explain themselves with
	 * links that resolve to sections the quiz's reader has reached.
	 */
	@Test
	void everyQuizScoresAndEveryExplanationLinkResolves() throws Exception {
		List<Quiz> all = this.quizzes.findAll();
		assertThat(all).as("a quiz per chapter and per part").hasSize(Part.LAST_CHAPTER + Part.values().length);
		List<String> broken = new ArrayList<>();
		for (Quiz quiz : all) {
			Cookie position = new Cookie(ReadingPosition.COOKIE, String.valueOf(quiz.getTiedChapter()));
			Document form = Jsoup.parse(this.mvc.perform(get(quiz.getUrl()).cookie(position))
				.andReturn()
				.getResponse()
				.getContentAsString());
			MockHttpServletRequestBuilder answers = post(quiz.getUrl()).cookie(position);
			form.select("fieldset.question").forEach((question) -> answers.param(question.id(), "1"));
			Document result = Jsoup.parse(this.mvc.perform(answers).andReturn().getResponse().getContentAsString());
			assertThat(result.select(".answer")).as(quiz.getUrl()).hasSize(form.select("fieldset.question").size());
			assertThat(result.select(".answer").size()).as(quiz.getUrl()).isBetween(6, 20);
			for (Element link : result.select(".explanation a[href]")) {
				String href = link.attr("href");
				MockHttpServletResponse target = this.mvc.perform(get(pathOf(href)).cookie(position))
					.andReturn()
					.getResponse();
				Document page = Jsoup.parse(target.getContentAsString());
				String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
				if (target.getStatus() != 200 || page.select(".gate").size() > 0
						|| (fragment != null && page.getElementById(fragment) == null)) {
					broken.add(quiz.getUrl() + " -> " + href);
				}
			}
			assertThat(result.select(".explanation a.xref-chapter")).as(quiz.getUrl()).isNotEmpty();
		}
		assertThat(broken).as("explanation links that lead nowhere, or past the quiz's chapter").isEmpty();
	}

	@Test
	void everyInternalLinkAndAnchorResolves() throws Exception {
		Crawl crawl = crawl(null);
		assertThat(crawl.broken()).as("broken links").isEmpty();
		assertThat(crawl.pages().keySet()).as("the crawl reached every page kind")
			.contains("/chapters/1", "/characters/kathy", "/themes/memory", "/symbols/the-tape", "/sources/wikipedia",
					"/about", "/quizzes/chapter-23", "/quizzes/part-3", "/key-phrases/theme/memory",
					"/key-phrases/character/ruth", "/summary/part-3", "/key-facts");
		assertThat(crawl.pages().size()).as("pages reached").isGreaterThan(80);
	}

	/**
	 * A reader who has set a position and browses everywhere from the home page meets no
	 * link to, and no title of, anything tied to a later chapter; at the end of a part,
	 * not even the name of a character from a later part.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 5, 9, 17 })
	void aReaderAtChapterNLearnsNothingFromLaterChapters(int upto) throws Exception {
		Map<String, Integer> introducedIn = new HashMap<>();
		this.chapters.findAll().forEach((c) -> introducedIn.put(c.getUrl(), c.getNumber()));
		this.characters.findAll().forEach((c) -> introducedIn.put(c.getUrl(), c.getTiedChapter()));
		this.terms.findAll().forEach((t) -> introducedIn.put(t.getUrl(), t.getTiedChapter()));
		this.symbols.findAll().forEach((s) -> introducedIn.put(s.getUrl(), s.getTiedChapter()));
		List<String> laterTitles = new ArrayList<>();
		this.chapters.findAll()
			.stream()
			.filter((c) -> c.getNumber() > upto)
			.forEach((c) -> laterTitles.add(c.getTitle()));
		if (Part.of(upto).getLastChapter() == upto) {
			// A class that has read a whole part meets nobody from the parts to come, not
			// even by name.
			this.characters.findAll()
				.stream()
				.filter((c) -> c.getTiedChapter() != null
						&& Part.of(c.getTiedChapter()).getNumber() > Part.of(upto).getNumber())
				.forEach((c) -> laterTitles.add(c.getName()));
		}

		Crawl crawl = crawl(new Cookie(ReadingPosition.COOKIE, String.valueOf(upto)));
		List<String> leaks = new ArrayList<>();
		crawl.pages().forEach((path, page) -> {
			if (page == null) {
				return;
			}
			for (Element link : page.select("a[href]")) {
				if (link.attr("href").contains(ReadingPosition.REVEAL_PARAMETER + "=")) {
					continue;
				}
				String href = link.attr("href").replaceFirst("\\?[^#]*", "");
				Integer chapter = introducedIn.get(href);
				if (chapter != null && chapter > upto && !href.equals(path.replaceFirst("\\?.*", ""))) {
					leaks.add(path + " links to " + href + " (chapter " + chapter + ")");
				}
			}
			String text = page.text();
			laterTitles.stream()
				.filter(text::contains)
				.forEach((title) -> leaks.add(path + " names \"" + title + "\""));
		});
		assertThat(leaks).as("what a reader at chapter " + upto + " could learn too early").isEmpty();
		assertThat(crawl.broken()).isEmpty();
	}

	/**
	 * Addresses of the tools for teaching with a page, rather than pages of the edition.
	 */
	private static final Pattern TOOLS = Pattern.compile("/(cite|qr\\.svg|qr\\.png|lesson)\\b");

	private record Crawl(Map<String, Document> pages, List<String> broken) {
	}

	private Crawl crawl(Cookie cookie) throws Exception {
		Map<String, Document> pages = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(EVERY_LIST));
		List<String> broken = new ArrayList<>();
		Set<String> fragmentLinks = new LinkedHashSet<>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (pages.containsKey(path)) {
				continue;
			}
			// A reader who has answered the first visit's question (its links lead to
			// the whole site again at a position: SpoilerSafeReadingTests covers them).
			MockHttpServletRequestBuilder request = get(path).cookie(new Cookie(FirstVisit.COOKIE, "1"));
			if (cookie != null) {
				request.cookie(cookie);
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			if (TOOLS.matcher(path).lookingAt()) {
				// A citation, QR code or lesson of a page: it must answer, but its own
				// links lead back to the pages, so it is not kept or followed (one for
				// each
				// paragraph would fill the heap).
				if (response.getStatus() / 100 != 2 && response.getStatus() / 100 != 3) {
					broken.add(path + " answered " + response.getStatus());
				}
				pages.put(path, null);
				continue;
			}
			if (response.getStatus() / 100 == 3) {
				String location = response.getRedirectedUrl();
				pages.put(path, null);
				queue.add(pathOf(location));
				if (location.contains("#")) {
					fragmentLinks.add(path + " -> " + location);
				}
				continue;
			}
			if (response.getStatus() != 200) {
				broken.add(path + " answered " + response.getStatus());
				pages.put(path, null);
				continue;
			}
			Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
			pages.put(path, page);
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (!href.startsWith("/") && !href.startsWith("#")) {
					assertThat(href).as("only internal links in the prose, on " + path)
						.doesNotStartWith("http://localhost");
					continue;
				}
				if (href.contains(ReadingPosition.REVEAL_PARAMETER + "=")) {
					continue; // "show it anyway" is the reader's explicit choice, not
								// browsing
				}
				String target = href.startsWith("#") ? path + href : href;
				queue.add(pathOf(target));
				if (target.contains("#")) {
					fragmentLinks.add(path + " -> " + target);
				}
			}
		}
		for (String link : fragmentLinks) {
			String target = link.substring(link.indexOf(" -> ") + 4);
			Document page = pages.get(pathOf(target));
			String fragment = target.substring(target.indexOf('#') + 1);
			if (page != null && page.getElementById(fragment) == null) {
				broken.add(link + ": no element with id '" + fragment + "'");
			}
		}
		return new Crawl(pages, broken);
	}

	@Test
	void everyPageHasOneMainHeadingAndNoResourcesFromOtherHosts() throws Exception {
		for (String path : EVERY_LIST) {
			Document page = Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
			assertThat(page.select("h1")).as(path).hasSize(1);
			assertThat(page.select("script[src], link[href], img[src]"))
				.allSatisfy((element) -> assertThat(element.attr("src") + element.attr("href")).doesNotContain("//"));
		}
	}

	@Test
	void unknownAddressesGetTheHelpful404() throws Exception {
		for (String path : List.of("/chapters/99", "/chapters/0", "/characters/nobody", "/themes/nothing", "/sources/x",
				"/no-such-page", "/glossary/nothing")) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
		}
	}

	@Test
	void aChapterPageShowsItsPartsInReadingOrder() throws Exception {
		Document page = Jsoup
			.parse(this.mvc.perform(get("/chapters/6")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).contains("Chapter 6");
		assertThat(page.select("main h2").stream().map(Element::ownText).toList()).containsSubsequence("Summary",
				"Commentary", "Key phrases", "Discussion questions", "Essay question", "What the sources say",
				"Themes in this chapter", "Mentioned in", "Cite this page");
		assertThat(page.select("main h3").eachText().get(0)).contains("Repairs made without words");
		assertThat(page.select("main").text()).contains("Judy Bridgewater");
	}

	@Test
	void theStylesheetAPageNamesIsServed() throws Exception {
		Document home = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		String stylesheet = home.select("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/edition-[0-9a-f]+\\.css");
		MockHttpServletResponse response = this.mvc.perform(get(stylesheet)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("prefers-color-scheme: dark");
	}

	@Test
	void aPageTheBrowserAlreadyHasIsNotSentAgain() throws Exception {
		String etag = this.mvc.perform(get("/chapters/1")).andReturn().getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.perform(get("/chapters/1").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
	}

	@Test
	void eachReadingPositionGetsItsOwnStoredPage() throws Exception {
		String whole = this.mvc.perform(get("/chapters/6")).andReturn().getResponse().getContentAsString();
		String atThree = this.mvc.perform(get("/chapters/6").cookie(new Cookie(ReadingPosition.COOKIE, "3")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String atThreeAgain = this.mvc.perform(get("/chapters/6").cookie(new Cookie(ReadingPosition.COOKIE, "3")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String byLink = this.mvc.perform(get("/chapters/8").queryParam("upto", "3"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String shown = this.mvc.perform(get("/chapters/8").queryParam("upto", "3").queryParam("reveal", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(atThree).isNotEqualTo(whole).isEqualTo(atThreeAgain);
		assertThat(Jsoup.parse(whole).select("h1").text()).contains("Chapter 6");
		assertThat(Jsoup.parse(byLink).select("main").text()).doesNotContain("Summary");
		assertThat(Jsoup.parse(shown).select("main").text()).contains("Summary");
	}

	@Test
	void hostileAddressesGetAClearAnswerNeverA500() throws Exception {
		for (String path : List.of("/chapters/%00", "/characters/..%2f..%2fetc", "/characters/" + "x".repeat(3000),
				"/chapters/1?upto=1&upto=abc", "/chapters/-1", "/glossary/%3Cscript%3E", "/search?q=%25%27%22",
				"/reading-position", "/css/../application.properties", "/%2e%2e/%2e%2e/etc/passwd")) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isLessThan(500);
			assertThat(response.getContentAsString()).as(path).doesNotContain("<script>").doesNotContain("spring.jpa");
		}
	}

	@Test
	void everyEntryPageSaysHowToCiteIt() throws Exception {
		for (String path : List.of("/chapters/6", "/characters/ruth", "/themes/memory", "/symbols/the-tape",
				"/sources/wikipedia", "/about")) {
			Document page = Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
			assertThat(page.select(".cite-page").text()).as(path)
				.contains("Never Let Me Go: A Study Edition", "http://localhost" + path, "Accessed");
		}
	}

	@Test
	void madameAnswersToHerSecondName() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/characters/marie-claude")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getRedirectedUrl()).isEqualTo("/characters/madame");
	}

	@Test
	void addressesWithCapitalsRedirectToLowercase() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/Characters/Tommy").queryParam("upto", "9"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getRedirectedUrl()).isEqualTo("/characters/tommy?upto=9");
		assertThat(this.mvc.perform(get("//Evil.example/x")).andReturn().getResponse().getRedirectedUrl()).isNull();
	}

	private static String pathOf(String url) {
		String path = url.replaceFirst("^https?://[^/]+", "");
		int hash = path.indexOf('#');
		return (hash >= 0) ? path.substring(0, hash) : path;
	}

}
