package org.nlmg.edition.entry;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "On this page" lists the headings a reader may see, and the glossary's A to Z leads to
 * its terms; both at the reader's position.
 */
@SpringBootTest(properties = "edition.content=file:content/")
@AutoConfigureMockMvc
class OnThisPageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aChapterListsItsHeadingsAndNestsItsAnnotations() throws Exception {
		Document page = page("/chapters/6");
		List<String> top = page.select("nav.contents > details > ol > li > a").eachAttr("href");
		assertThat(top).startsWith("#summary", "#commentary");
		assertThat(page.select("nav.contents a[href=#commentary] + ol a").eachAttr("href")).contains("#madame-doorway",
				"#found-in-norfolk");
		for (String anchor : page.select("nav.contents a").eachAttr("href")) {
			assertThat(page.getElementById(anchor.substring(1))).as(anchor + " is on the page").isNotNull();
		}
	}

	@Test
	void noHeadingOfAHeldBackSectionIsListed() throws Exception {
		Document page = page("/chapters/6?upto=6");
		List<String> listed = page.select("nav.contents a").eachAttr("href");
		assertThat(listed).contains("#madame-doorway").doesNotContain("#found-in-norfolk", "#madame-explains");
		assertThat(page.select("nav.contents").text()).doesNotContain("Found again in Norfolk");
	}

	@Test
	void theGlossaryHasAnAToZOfItsTermsAtThePosition() throws Exception {
		Document whole = page("/glossary");
		List<String> letters = whole.select("nav.a-to-z a").eachText();
		assertThat(letters).isNotEmpty().isSorted().doesNotHaveDuplicates();
		for (Element letter : whole.select("nav.a-to-z a")) {
			Element term = whole.getElementById(letter.attr("href").substring(1));
			assertThat(term).as(letter.text()).isNotNull();
			assertThat(term.selectFirst("dfn").text().replaceFirst("^(?i)the ", "").toUpperCase())
				.startsWith(letter.text());
		}
		Document early = page("/glossary?upto=1");
		assertThat(early.select("nav.a-to-z a"))
			.allSatisfy((letter) -> assertThat(early.getElementById(letter.attr("href").substring(1))).isNotNull());
		assertThat(early.select("nav.a-to-z a").size()).isLessThan(letters.size());
	}

	private Document page(String address) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(address)).andReturn().getResponse().getContentAsString());
	}

}
