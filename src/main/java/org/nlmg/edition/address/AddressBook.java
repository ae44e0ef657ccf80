package org.nlmg.edition.address;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every address the edition has ever published: its pages, and every anchor on them
 * (headings, paragraphs, list items, glossary terms). Committed beside the content, so
 * that no change can silently break a link a teacher has pasted into a lesson plan.
 */
public final class AddressBook {

	/** Where the address book lives, in the content folder. */
	public static final String FILE = "addresses.txt";

	static final String COMMAND = "./mvnw spring-boot:run -Dspring-boot.run.profiles=address-book";

	private static final String HEADER = """
			# The edition's address book: every page and anchor it has published, one a line, with a
			# hint of the words of each paragraph (first ten … last five) after a tab.
			# ./mvnw verify fails when one of them no longer resolves. Do not edit by hand: after
			# editing content/, run
			#   %s
			# which keeps an edited paragraph's old id and adds new addresses here.
			""".formatted(COMMAND);

	private final List<Address> addresses;

	AddressBook(List<Address> addresses) {
		this.addresses = List.copyOf(addresses);
	}

	/** The address book of a site as it is now: all its pages and published anchors. */
	static AddressBook of(Map<String, SitePage> site) {
		List<Address> addresses = new ArrayList<>();
		for (SitePage page : site.values()) {
			addresses.add(new Address(page.path(), null, ""));
			page.published().forEach((id, hint) -> addresses.add(new Address(page.path(), id, hint)));
		}
		return new AddressBook(addresses);
	}

	public static AddressBook read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return new AddressBook(List.of());
		}
		return new AddressBook(Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map(Address::parse)
			.toList());
	}

	void write(Path file) throws IOException {
		StringBuilder text = new StringBuilder(HEADER);
		this.addresses.forEach((address) -> text.append(address.line()).append('\n'));
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	List<Address> addresses() {
		return this.addresses;
	}

	public int size() {
		return this.addresses.size();
	}

	/**
	 * The addresses that no longer resolve, each with what it would take to keep it.
	 * @param resolve the page an address leads to, after redirects, if any
	 */
	public List<Broken> check(Function<String, Optional<SitePage>> resolve) {
		Map<String, Optional<SitePage>> pages = new LinkedHashMap<>();
		List<Broken> broken = new ArrayList<>();
		for (Address address : this.addresses) {
			Optional<SitePage> page = pages.computeIfAbsent(address.page(), resolve);
			if (page.isEmpty()) {
				broken.add(new Broken(address, "the page is gone. If it was renamed or moved, add its old slug to "
						+ "`aliases:` in the front matter of its new home, so the old address answers 301."));
			}
			else if (!address.isPage() && !page.get().ids().contains(address.anchor())) {
				broken.add(new Broken(address, "the anchor is gone from the page"
						+ (address.hint().isEmpty() ? "" : " (it stood on \"" + address.hint() + "\")")
						+ ". If its block was edited, run `" + COMMAND + "`, or end the block's new text with {#"
						+ address.anchor() + "}; if it was deleted, add also=\"" + address.anchor()
						+ "\" to the braces of the block that carries its meaning now."));
			}
		}
		return broken;
	}

	/** The addresses of a site that the book does not hold yet. */
	public List<String> unrecorded(Map<String, SitePage> site) {
		Set<String> book = this.addresses.stream().map(Address::link).collect(Collectors.toSet());
		return of(site).addresses.stream().map(Address::link).filter((link) -> !book.contains(link)).toList();
	}

	/** An address that no longer resolves, and what it would take to keep it. */
	public record Broken(Address address, String advice) {

		@Override
		public String toString() {
			return address.link() + ": " + this.advice;
		}

	}

}
