package org.nlmg.edition.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nlmg.edition.entry.EntryRepository;
import org.nlmg.edition.model.ChapterTied;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Section;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search on the real content/: the questions students ask, the ways they type, the input
 * that must not break the page, and what a reading position keeps out.
 */
@SpringBootTest(properties = "edition.content=file:content/")
@AutoConfigureMockMvc
class SearchQuestionsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntryRepository entries;

	@Autowired
	private TransactionTemplate transaction;

	/**
	 * Each question finds its section first or second among the hits on its kind of page
	 * (chapters, characters, glossary). The first rows are the issue's own examples; the
	 * rest are written from the chapter pages.
	 */
	@ParameterizedTest(name = "{0} → {1}#{2}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			where does Miss Lucy talk about smoking | /chapters/6 | one-more-question
			Tomy | /characters/tommy | introduction
			Hailshem | /glossary | hailsham
			madam crying | /chapters/6 | madame-doorway
			"told and not told" | /chapters/7 | told-and-not-told
			Kathy H. | /characters/kathy | introduction
			Tommy's rage on the football field | /chapters/1 | summary
			Tommy's elephant picture | /chapters/2 | elephant-and-animals
			why did Miss Geraldine's praise hurt | /chapters/2 | geraldine-praise
			the tokens controversy at the Exchanges | /chapters/4 | tokens-controversy
			Polly's question to Miss Lucy | /chapters/4 | pollys-question
			Madame afraid of the students like spiders | /chapters/3 | summary
			why does Kathy defend the secret guard | /chapters/5 | defending-the-guard
			Ruth's pencil case | /chapters/5 | pencil-case
			Kathy dancing with a pillow | /chapters/6 | summary
			why is Norfolk called the lost corner | /chapters/6 | lost-corner
			Miss Lucy's speech on the veranda | /chapters/7 | pavilion-speech
			jokes about unzipping | /chapters/7 | unzipping
			electric fences | /chapters/7 | electric-fences
			Miss Lucy crossing out her pictures | /chapters/8 | crossings-out
			why Miss Lucy left Hailsham | /chapters/9 | sources-lucy
			Daniel Deronda argument | /chapters/10 | daniel-deronda
			where did the students learn how couples behave | /chapters/10 | borrowed-gestures
			what is a possible | /chapters/12 | possibles
			Ruth's dream office | /chapters/12 | dream-office
			rumour about deferrals | /chapters/13 | deferral-rumour
			the lie Kathy overhears in Woolworths | /chapters/14 | woolworths
			pretending to look at paintings in a gallery | /chapters/14 | gallery-visit
			finding the tape again in Norfolk | /chapters/15 | summary
			Tommy's animals in the barn | /chapters/16 | animals
			churchyard | /chapters/16 | churchyard
			rhubarb patch | /chapters/17 | rhubarb-patch
			Laura as a carer | /chapters/18 | laura-as-warning
			the stranded boat | /chapters/19 | summary
			Ruth's confession | /chapters/19 | confession
			"to prove you had souls" | /chapters/22 | souls-at-all
			Tommy's rage on the way home | /chapters/22 | the-field
			why does Tommy send Kathy away | /chapters/23 | why-tommy-sends-kathy-away
			Norfolk and the fence | /chapters/23 | norfolk-and-fence
			""")
	void aQuestionFindsItsSectionFirstOrSecond(String question, String page, String anchor) throws Exception {
		String expected = page + "#" + anchor;
		List<String> hits = hitsOnKind(search(question), page);
		assertThat(hits.subList(0, Math.min(2, hits.size()))).as("the first two hits for '%s'", question)
			.contains(expected);
	}

	@Test
	void wordFormsCaseAndAccentsFindTheSameWords() throws Exception {
		assertThat(search("crying").select("p.snippet mark").eachText()).as("crying finds cried")
			.anyMatch((word) -> word.equalsIgnoreCase("cried"));
		assertThat(search("dance").select("p.snippet mark").eachText()).as("dance finds dancing")
			.anyMatch((word) -> word.equalsIgnoreCase("dancing"));
		assertThat(hrefs(search("MADÁME’S TEARS"))).isEqualTo(hrefs(search("madame's tears")))
			.contains("/chapters/22#madames-tears");
	}

	@Test
	void typosInNamesAreFoundAndCorrected() throws Exception {
		for (String[] typo : new String[][] { { "Tomy", "Tommy" }, { "Hailshem", "Hailsham" }, { "Ruht", "Ruth" },
				{ "Mis Emily", "Miss Emily" }, { "Tomy's tantrum", "Tommy's tantrum" } }) {
			Document page = search(typo[0]);
			assertThat(page.select(".did-you-mean").text()).as(typo[0]).isEqualTo("Did you mean " + typo[1] + "?");
			assertThat(hrefs(page)).as(typo[0]).isNotEmpty();
		}
		assertThat(search("Tommy").select(".did-you-mean")).as("a name spelt right").isEmpty();
	}

	@Test
	void namesOutrankPassingMentionsAndCountsAreHonest() throws Exception {
		Document page = search("Ruth");
		assertThat(hitsOnKind(page, "/characters/ruth").get(0)).isEqualTo("/characters/ruth#introduction");
		int total = Integer.parseInt(page.select(".result-count").text().replaceAll("\\D", ""));
		int groups = 0;
		for (Element heading : page.select(".result-group h2")) {
			groups += Integer.parseInt(heading.text().replaceAll(".*\\((\\d+)\\)", "$1"));
		}
		assertThat(total).as("every hit counted, not a cap").isEqualTo(groups).isGreaterThan(100);
		Document chapters = search("Ruth", "kind", "chapter");
		int count = Integer.parseInt(chapters.select(".result-group h2").text().replaceAll(".*\\((\\d+)\\)", "$1"));
		assertThat(chapters.select("a.result-title")).hasSize(Math.min(count, SearchIndex.HITS_OF_ONE_KIND));
		assertThat(search("Madame’s tears").select("a.result-title").eachText()).as("headings keep their apostrophes")
			.contains("Chapter 22: What Miss Emily and Madame reveal › Madame’s tears explained");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\"", "*", ":", "(", "~", "\\", "AND", "-", "\" * : ( ~ \\ AND -",
			"Tommy AND (Ruth OR \"Kathy", "tom*", "ruth~2", "title:ruth", "\"unclosed quote", "<b>bold</b> ruth",
			"<script>alert('x')</script>", "ドナー", "提供者", "Томми", "🙂", "Tommy 🙂🙂", "\uD83D", "%00", "the of and" })
	void badInputGetsAClearSafePage(String input) throws Exception {
		String html = this.mvc.perform(get("/search").param("q", input))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold");
		Document page = Jsoup.parse(html);
		assertThat(page.select("#page .lead, #page .result-count").text()).as("a clear answer for '%s'", input)
			.isNotEmpty();
	}

	/** A quiz's explanations would give its answers away: no search finds a quiz. */
	@Test
	void quizzesAreNotSearched() throws Exception {
		Document page = search("who innocently asks Ruth where the pencil case came from");
		assertThat(hrefs(page)).isNotEmpty().noneMatch((href) -> href.startsWith("/quizzes/"));
	}

	@Test
	void aVeryLongQueryIsCutSafely() throws Exception {
		Document page = search("Tommy ".repeat(1666) + "🙂🙂🙂🙂");
		assertThat(page.select(".note").text()).contains("used only its first 100 characters");
		assertThat(page.select(".result-count").text()).isNotEmpty();
		Document emoji = search("🙂".repeat(10_000));
		assertThat(emoji.select("#search-page-q").val()).hasSize(200);
	}

	/**
	 * At the end of Part One, nothing tied to chapters 10 to 23 is found, counted, quoted
	 * or suggested: not a section, not a snippet naming a later character, not "Did you
	 * mean" a later name.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Tommy", "Ruth", "Madame", "Norfolk", "donation", "Gallery", "deferral", "Chrissie",
			"Chrisie", "Rodney", "Rodny", "the boat", "Madame's tears", "Miss Lucy", "Hailsham closed", "Kathy H.",
			"\"told and not told\"", "Tomy" })
	void atChapterNineNothingComesFromLaterChapters(String query) throws Exception {
		Map<String, Integer> ties = sectionTies();
		List<String> laterNames = this.transaction.execute((status) -> this.entries.findAll()
			.stream()
			.filter((e) -> e instanceof NovelCharacter && e.getTiedChapter() != null && e.getTiedChapter() > 9)
			.map((e) -> e.getTitle())
			.toList());
		for (String kind : new String[] { null, "chapter", "character", "theme", "symbol", "term", "source", "page" }) {
			Document page = (kind != null) ? search(query, "upto", "9", "kind", kind) : search(query, "upto", "9");
			for (String href : hrefs(page)) {
				String address = href.replace("?upto=9", "");
				assertThat(ties).as("%s is a section", address).containsKey(address);
				assertThat(ties.get(address)).as("%s for '%s'", address, query).isLessThanOrEqualTo(9);
			}
			String shown = page.select("#page").text();
			assertThat(laterNames).as("later names on the page for '%s'", query).noneMatch(shown::contains);
			if (kind != null && !page.select(".result-group").isEmpty()) {
				int count = Integer.parseInt(page.select(".result-group h2").text().replaceAll(".*\\((\\d+)\\)", "$1"));
				assertThat(page.select("a.result-title")).as("the count is of what is shown").hasSize(count);
			}
		}
	}

	/** The latest chapter each section draws on, its page's included, by its address. */
	private Map<String, Integer> sectionTies() {
		return this.transaction.execute((status) -> {
			Map<String, Integer> ties = new HashMap<>();
			this.entries.findAll().forEach((entry) -> {
				for (Section section : entry.getSections()) {
					Integer tie = ChapterTied.latest(section.getTiedChapter(), entry.getTiedChapter());
					ties.put(section.getUrl(), (tie != null) ? tie : 0);
				}
			});
			return ties;
		});
	}

	private Document search(String query, String... parameters) throws Exception {
		var request = get("/search").param("q", query);
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> hrefs(Document page) {
		return page.select("a.result-title").eachAttr("href");
	}

	/** The hits, in order, of the group that lists pages like this one. */
	private static List<String> hitsOnKind(Document page, String address) {
		Matcher kind = Pattern.compile("^/[a-z]+").matcher(address);
		kind.find();
		for (Element group : page.select(".result-group")) {
			List<String> hits = group.select("a.result-title").eachAttr("href");
			if (!hits.isEmpty() && hits.get(0).startsWith(kind.group())) {
				return hits;
			}
		}
		return new ArrayList<>();
	}

}
