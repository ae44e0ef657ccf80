package org.nlmg.edition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Loads the real content/ and walks the whole site from the home page: every internal link must
 * lead to a page, and every #fragment to an element on it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EditionSiteTests {

	private static final String[] EVERY_LIST = { "/", "/chapters", "/characters", "/themes", "/symbols", "/glossary", "/sources" };

	@Autowired
	private MockMvc mvc;

	@Test
	void everyInternalLinkAndAnchorResolves() throws Exception {
		Map<String, Document> pages = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(EVERY_LIST));
		List<String> broken = new ArrayList<>();
		Set<String> fragmentLinks = new LinkedHashSet<>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (pages.containsKey(path)) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
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
					assertThat(href).as("only internal links in the prose, on " + path).doesNotStartWith("http://localhost");
					continue;
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
		assertThat(broken).as("broken links").isEmpty();
		assertThat(pages.keySet()).as("the crawl reached every page kind")
			.contains("/chapters/1", "/characters/kathy", "/themes/memory", "/symbols/the-tape", "/sources/wikipedia", "/about");
		assertThat(pages.size()).as("pages reached").isGreaterThan(80);
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

	private static String pathOf(String url) {
		String path = url.replaceFirst("^https?://[^/]+", "");
		int hash = path.indexOf('#');
		return (hash >= 0) ? path.substring(0, hash) : path;
	}

}
