package org.nlmg.edition.address;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed address book against the real content, over a real port: every address
 * the edition ever published still resolves, and every address it has now is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "edition.content=file:content/")
class AddressBookSiteTests {

	@LocalServerPort
	private int port;

	@Test
	void everyPublishedAddressStillResolvesAndEveryAddressIsRecorded() throws Exception {
		SiteCrawler crawler = new SiteCrawler(URI.create("http://localhost:" + this.port));
		AddressBook book = AddressBook.read(Path.of("content", AddressBook.FILE));
		assertThat(book.size()).as("addresses in content/addresses.txt").isGreaterThan(2000);
		List<AddressBook.Broken> broken = book.check(crawler::resolve);
		assertThat(broken).as("addresses in content/addresses.txt that no longer resolve").isEmpty();
		Map<String, SitePage> site = crawler.crawl();
		assertThat(book.unrecorded(site))
			.as("addresses the site has that content/addresses.txt does not: run " + AddressBook.COMMAND)
			.isEmpty();
	}

	@Test
	void anOldNameOfAPageAnswersWithAPermanentRedirect() {
		SiteCrawler crawler = new SiteCrawler(URI.create("http://localhost:" + this.port));
		assertThat(crawler.resolve("/characters/marie-claude")).map(SitePage::path).contains("/characters/madame");
		assertThat(crawler.resolve("/chapters/06/")).map(SitePage::path).contains("/chapters/6");
		assertThat(crawler.resolve("/no-such-page")).isEmpty();
	}

}
