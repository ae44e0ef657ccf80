package org.nlmg.edition.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * With a site address set, pages cite it whatever Host header arrives, so a client
 * inventing hosts gets the one stored page rather than filling the store.
 */
@SpringBootTest(properties = { "edition.content=file:content/", "edition.site-address=https://nlmg.example.org" })
@AutoConfigureMockMvc
@Import(Renderings.class)
class SiteAddressStoreTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Renderings renderings;

	@Test
	void everyHostGetsTheOneStoredPageCitingTheSiteAddress() throws Exception {
		String first = page("one.invalid");
		String second = page("two.invalid");
		assertThat(second).isEqualTo(first).contains("https://nlmg.example.org/chapters/5").doesNotContain(".invalid");
		assertThat(this.renderings.of("/chapters/5")).isEqualTo(1);
	}

	private String page(String host) throws Exception {
		return this.mvc.perform(get("/chapters/5").header("Host", host)).andReturn().getResponse().getContentAsString();
	}

}
