package org.nlmg.edition.picture;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nlmg.edition.chapter.ChapterNoteRepository;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.character.RelationshipRepository;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Relationship;
import org.nlmg.edition.reading.ReadingPosition;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pictures on the real content: they agree with the content they are drawn from, keep
 * to the reader's position, and are well-formed SVG with a title and description.
 */
@SpringBootTest(properties = "edition.content=file:content/")
@AutoConfigureMockMvc
class PicturesSiteTests {

	/** Every page that carries a picture, one of each kind. */
	private static final String[] PICTURE_PAGES = { "/themes", "/themes/memory", "/chapters/6", "/characters",
			"/characters/ruth", "/characters/relationships", "/timeline" };

	private static final Pattern TRACKER_LINK = Pattern.compile("/themes/([a-z0-9-]+)#chapter-([0-9]+)");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ChapterRepository chapters;

	@Autowired
	private ChapterNoteRepository notes;

	@Autowired
	private RelationshipRepository relationships;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void everyTrackerCellIsATrackerEntryAndEveryEntryACell() throws Exception {
		Set<String> cells = new TreeSet<>();
		for (Element mark : svg(page("/themes"), "theme-tracker").select("g.row a:has(.mark)")) {
			Matcher link = TRACKER_LINK.matcher(mark.attr("href"));
			assertThat(link.matches()).as(mark.attr("href")).isTrue();
			assertThat(link.group(1)).isEqualTo(mark.parent().attr("data-row"));
			cells.add(link.group(1) + "#" + link.group(2));
		}
		Set<String> entries = this.transactions.execute((status) -> {
			Set<String> found = new TreeSet<>();
			this.notes.findAllByOrderByChapterNumberAscPositionAsc()
				.stream()
				.filter((note) -> note.getSubject().getKind() == ContentKind.THEME)
				.forEach((note) -> found.add(note.getSubject().getSlug() + "#" + note.getChapter().getNumber()));
			return found;
		});
		assertThat(cells).isEqualTo(entries).hasSizeGreaterThan(50);
		// Each cell lands on its entry in the theme page's tracker.
		for (String cell : cells) {
			String[] parts = cell.split("#");
			assertThat(page("/themes/" + parts[0]).getElementById("chapter-" + parts[1])).as(cell).isNotNull();
		}
	}

	@Test
	void everyAppearanceMarkIsAnAppearanceAndEveryAppearanceAMark() throws Exception {
		Set<String> marks = new TreeSet<>();
		for (Element row : svg(page("/characters"), "who-is-where").select("g.row")) {
			for (Element mark : row.select("a:has(.mark)")) {
				marks.add(row.attr("data-row") + " " + mark.attr("href"));
			}
		}
		Set<String> appearances = this.transactions.execute((status) -> {
			Set<String> found = new TreeSet<>();
			for (Chapter chapter : this.chapters.findAllByOrderByNumberAsc()) {
				chapter.getCharacters().forEach((c) -> found.add(c.getSlug() + " " + chapter.getUrl()));
			}
			return found;
		});
		assertThat(marks).isEqualTo(appearances).hasSizeGreaterThan(80);
		// A character's strip is that character's row.
		Set<String> ruth = new TreeSet<>();
		svg(page("/characters/ruth"), "character-strip").select("g.row a:has(.mark)")
			.forEach((mark) -> ruth.add("ruth " + mark.attr("href")));
		assertThat(ruth).isEqualTo(marks.stream()
			.filter((m) -> m.startsWith("ruth "))
			.collect(TreeSet::new, TreeSet::add, TreeSet::addAll));
	}

	@Test
	void aChapterPageStripsTheThemesItTouchesWithItsOwnColumnShaded() throws Exception {
		Element strip = svg(page("/chapters/6"), "chapter-themes");
		List<String> rows = strip.select("g.row").eachAttr("data-row");
		assertThat(rows).containsExactlyInAnyOrder("humanity", "love-and-friendship", "memory", "told-and-not-told");
		assertThat(strip.select("rect.highlight")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/themes?upto=9", "/themes/memory?upto=9", "/chapters/6?upto=9", "/characters?upto=9",
			"/characters/ruth?upto=9", "/characters/relationships?upto=9", "/timeline?upto=9" })
	void atChapterNineNothingFromLaterChaptersIsDrawnOrNamed(String path) throws Exception {
		Element svg = page(path).selectFirst("svg");
		assertThat(svg).as(path).isNotNull();
		for (Element link : svg.select("a")) {
			assertThat(link.attr("href")).as(path)
				.contains("upto=9")
				.doesNotContainPattern("/chapters/(1[0-9]|2[0-3])\\b")
				.doesNotContainPattern("#chapter-(1[0-9]|2[0-3])$");
		}
		String drawn = svg.text() + " " + String.join(" ", svg.select("[aria-label]").eachAttr("aria-label"));
		assertThat(drawn).doesNotContainPattern("\\b(1[0-9]|2[0-3])\\b");
		for (String later : laterCharacters(9)) {
			assertThat(drawn).as(path).doesNotContain(later);
		}
		// Ties learned later (Kathy as Ruth's carer, Kathy and Tommy as partners) are not
		// drawn.
		assertThat(drawn).doesNotContain("carer of").doesNotContain("partner");
	}

	@Test
	void theWholeBookDrawsTheLaterTiesAndNames() throws Exception {
		String drawn = svg(page("/characters/relationships"), "relationship-map").text();
		assertThat(drawn).contains("carer of", "partner", "Chrissie", "Lenny");
		assertThat(svg(page("/timeline"), "timeline-picture").select("a")).hasSize(23);
	}

	@Test
	void everyPictureIsWellFormedSvgWithATitleAndDescription() throws Exception {
		for (String path : PICTURE_PAGES) {
			Element svg = page(path).selectFirst(".picture-frame svg");
			assertThat(svg).as(path).isNotNull();
			org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.outerHtml().getBytes(StandardCharsets.UTF_8)));
			org.w3c.dom.Element root = xml.getDocumentElement();
			assertThat(root.getTagName()).isEqualTo("svg");
			String id = root.getAttribute("aria-labelledby").replace("-title", "");
			assertThat(xml.getElementsByTagName("title").item(0).getTextContent()).as(path).isNotBlank();
			assertThat(xml.getElementsByTagName("desc").item(0).getTextContent()).as(path).isNotBlank();
			assertThat(root.getAttribute("aria-describedby")).isEqualTo(id + "-desc");
		}
	}

	@Test
	void theRelationshipLayoutIsTheSameOnEveryBuildWhateverOrderTheDatabaseGives() {
		String first = map(false);
		String second = map(true);
		assertThat(second).isEqualTo(first).contains("<circle");
	}

	private String map(boolean shuffled) {
		return this.transactions.execute((status) -> {
			List<Relationship> all = new ArrayList<>(this.relationships.findAllByOrderByPositionAsc());
			List<Chapter> chapters = new ArrayList<>(this.chapters.findAllByOrderByNumberAsc());
			if (shuffled) {
				Collections.reverse(all);
			}
			return RelationshipMap.of(all, chapters, new SpoilerPolicy(ReadingPosition.of(null, null, false))).getSvg();
		});
	}

	private List<String> laterCharacters(int upto) {
		return this.transactions.execute((status) -> this.relationships.findAllByOrderByPositionAsc()
			.stream()
			.map(Relationship::getCharacter)
			.filter((c) -> c.getIntroducedIn() != null && c.getIntroducedIn() > upto)
			.map(NovelCharacter::getName)
			.distinct()
			.toList());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

	private static Element svg(Document page, String id) {
		Element svg = page.selectFirst("svg[aria-labelledby=" + id + "-title]");
		assertThat(svg).as(id).isNotNull();
		return svg;
	}

}
