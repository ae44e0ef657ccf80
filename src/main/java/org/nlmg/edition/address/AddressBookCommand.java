package org.nlmg.edition.address;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.nlmg.edition.address.AddressBook.Broken;
import org.nlmg.edition.address.KeptIds.Match;
import org.nlmg.edition.address.KeptIds.Question;
import org.nlmg.edition.content.ContentFolder;
import org.nlmg.edition.content.ContentReader;
import org.nlmg.edition.content.ContentReader.BlockPlace;
import org.nlmg.edition.content.EditionProperties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The address book's command, run after editing content/:
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=address-book}. It starts the
 * edition on a free port, walks it, keeps the old id of every block that an edit changed
 * (writing {@code {#old-id}} into its Markdown) where the match is clear, asks about the
 * rest, adds new addresses to the book, and stops.
 */
@Component
@Profile("address-book")
class AddressBookCommand implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(AddressBookCommand.class);

	private final EditionProperties properties;

	AddressBookCommand(EditionProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		int status;
		try {
			status = run(((WebServerApplicationContext) context).getWebServer().getPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.exit(SpringApplication.exit(context, () -> status));
	}

	private int run(int port) throws IOException {
		Path folder = contentFolder();
		Path file = folder.resolve(AddressBook.FILE);
		SiteCrawler crawler = new SiteCrawler(URI.create("http://localhost:" + port));
		Map<String, SitePage> site = crawler.crawl();
		AddressBook book = AddressBook.read(file);
		List<Broken> broken = book.check(crawler::resolve);
		KeptIds.Result matched = KeptIds.match(broken, site, book);
		Map<String, BlockPlace> places = new HashMap<>();
		new ContentReader()
			.blockPlaces(new ContentFolder(new PathMatchingResourcePatternResolver(), this.properties.maxFileSize())
				.read(this.properties.content()))
			.forEach((place) -> places.put(place.page() + "#" + place.id(), place));
		KeptIdWriter writer = new KeptIdWriter(folder);
		List<Match> kept = new ArrayList<>();
		List<String> questions = new ArrayList<>(matched.questions().stream().map(Question::toString).toList());
		for (Match match : matched.matches()) {
			BlockPlace place = places.get(match.old().page() + "#" + match.newId());
			Optional<String> refused = (place != null) ? writer.keep(match.old().anchor(), place, match.alongside())
					: Optional.of("no block of content/ is published as #" + match.newId());
			if (refused.isEmpty()) {
				kept.add(match);
				logger.info("Kept " + match.old().link() + " on the block that was #" + match.newId() + " ("
						+ place.file() + ":" + place.line() + ")");
			}
			else {
				questions.add(match.old().link() + " looks like #" + match.newId() + ", but " + refused.get());
			}
		}
		AddressBook updated = updated(book, site, kept);
		updated.write(file);
		int added = updated.size() - book.size();
		logger.info("Address book " + file + ": " + updated.size() + " addresses (" + added + " new), " + kept.size()
				+ " ids kept on edited blocks, " + questions.size() + " questions.");
		questions.forEach((question) -> logger.warn("Unsure: " + question));
		if (!kept.isEmpty()) {
			logger.info("Restart the edition to see the kept ids; ./mvnw verify checks every address.");
		}
		return questions.isEmpty() ? 0 : 1;
	}

	/**
	 * The site's addresses now, where each block that keeps an old id is listed under it,
	 * and where every address that still does not resolve stays, so the check keeps
	 * asking for it.
	 */
	private static AddressBook updated(AddressBook book, Map<String, SitePage> site, List<Match> kept) {
		Map<String, Address> renamed = new HashMap<>();
		kept.stream()
			.filter((match) -> !match.alongside())
			.forEach((match) -> renamed.put(match.old().page() + "#" + match.newId(), match.old()));
		List<Address> addresses = new ArrayList<>();
		for (Address address : AddressBook.of(site).addresses()) {
			Address old = renamed.get(address.link());
			addresses.add((old != null) ? new Address(old.page(), old.anchor(), address.hint()) : address);
		}
		// Every address ever published stays: kept beside a block, still unanswered, or
		// resolving through a redirect.
		Set<String> listed = addresses.stream().map(Address::link).collect(Collectors.toSet());
		book.addresses().stream().filter((address) -> !listed.contains(address.link())).forEach(addresses::add);
		return new AddressBook(addresses);
	}

	private Path contentFolder() throws IOException {
		String location = this.properties.content();
		if (!location.startsWith("file:")) {
			throw new IllegalStateException("The address book is written into the content folder: run with "
					+ "edition.content=file:content/ (the address-book profile sets it), not " + location);
		}
		return new DefaultResourceLoader().getResource(location).getFile().toPath();
	}

}
