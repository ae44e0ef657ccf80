package org.nlmg.edition.address;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nlmg.edition.content.ContentFile;
import org.nlmg.edition.content.ContentReader;
import org.nlmg.edition.content.ContentReader.BlockPlace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address book on fixture content: an edited paragraph keeps its id, a deleted page
 * or anchor fails the check with advice an author can follow.
 */
class AddressBookTests {

	private static final String CHAPTER = """
			---
			number: 1
			title: Remembering Hailsham
			time: Kathy at 31
			description: The first chapter.
			synopsis: Kathy remembers Hailsham.
			---
			## Summary

			Kathy has been a carer for over eleven years and is proud of her work with donors.

			She remembers Hailsham, the guardians and the games on the playing fields.
			""";

	@TempDir
	Path content;

	private Map<String, SitePage> site(String chapter) throws Exception {
		Files.createDirectories(this.content.resolve("chapters"));
		Files.writeString(this.content.resolve("chapters/chapter-01.md"), chapter, StandardCharsets.UTF_8);
		// The page as the edition would serve it, built from the blocks the pipeline
		// gives.
		StringBuilder html = new StringBuilder("<main id=\"main\">");
		for (BlockPlace place : places()) {
			html.append("<p id=\"").append(place.id()).append("\">").append(line(place)).append("</p>");
		}
		Map<String, SitePage> site = new TreeMap<>();
		site.put("/chapters/1", SitePage.of("/chapters/1", html + "</main>"));
		return site;
	}

	private List<BlockPlace> places() throws Exception {
		String text = Files.readString(this.content.resolve("chapters/chapter-01.md"));
		return new ContentReader().blockPlaces(List.of(new ContentFile("chapters/chapter-01.md", text)));
	}

	private String line(BlockPlace place) throws Exception {
		return Files.readAllLines(this.content.resolve(place.file())).get(place.line() - 1).replaceAll("\\{.*\\}", "");
	}

	@Test
	void anEditedParagraphKeepsItsIdInItsMarkdown() throws Exception {
		AddressBook before = AddressBook.of(site(CHAPTER));
		String oldId = before.addresses().get(3).anchor();
		assertThat(oldId).startsWith("summary-");

		Map<String, SitePage> edited = site(CHAPTER.replace("is proud of her work", "takes pride in her work"));
		List<AddressBook.Broken> broken = before.check((path) -> Optional.ofNullable(edited.get(path)));
		assertThat(broken).extracting((entry) -> entry.address().anchor()).containsExactly(oldId);
		assertThat(broken.get(0).advice()).contains("{#" + oldId + "}");

		KeptIds.Result result = KeptIds.match(broken, edited, before);
		assertThat(result.questions()).isEmpty();
		assertThat(result.matches()).hasSize(1);
		BlockPlace place = places().stream()
			.filter((p) -> p.id().equals(result.matches().get(0).newId()))
			.findFirst()
			.orElseThrow();
		assertThat(new KeptIdWriter(this.content).keep(oldId, place, result.matches().get(0).alongside())).isEmpty();

		assertThat(Files.readString(this.content.resolve("chapters/chapter-01.md")))
			.contains("takes pride in her work with donors. {#" + oldId + "}");
		assertThat(places()).extracting(BlockPlace::id).contains(oldId);
	}

	@Test
	void aRewrittenParagraphThatResemblesNothingIsAQuestion() throws Exception {
		AddressBook before = AddressBook.of(site(CHAPTER));
		Map<String, SitePage> edited = site(
				CHAPTER.replace("She remembers Hailsham, the guardians and the games on the playing fields.",
						"A wholly different sentence about a boat in a marsh."));
		List<AddressBook.Broken> broken = before.check((path) -> Optional.ofNullable(edited.get(path)));
		KeptIds.Result result = KeptIds.match(broken, edited, before);
		assertThat(result.matches()).isEmpty();
		assertThat(result.questions()).singleElement()
			.asString()
			.contains("She remembers Hailsham", "maybe #summary-", "also=");
	}

	@Test
	void aPageDeletedWithoutAnAliasFailsTheCheckWithAdvice() throws Exception {
		AddressBook before = AddressBook.of(site(CHAPTER));
		List<AddressBook.Broken> broken = before.check((path) -> Optional.empty());
		assertThat(broken).first().asString().startsWith("/chapters/1: the page is gone").contains("`aliases:`");
	}

	@Test
	void theBookReadsWhatItWrites() throws Exception {
		AddressBook book = AddressBook.of(site(CHAPTER));
		Path file = this.content.resolve(AddressBook.FILE);
		book.write(file);
		assertThat(AddressBook.read(file).addresses()).isEqualTo(book.addresses());
	}

}
