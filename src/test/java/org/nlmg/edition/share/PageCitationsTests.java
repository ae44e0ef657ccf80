package org.nlmg.edition.share;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The edition's own citations, against worked examples of each style. */
class PageCitationsTests {

	private static final LocalDate ACCESSED = LocalDate.of(2026, 9, 4);

	@Test
	void aWholePage() {
		PageCitations page = PageCitations.of("Chapter 6: The tape", "https://nlmg.example.org/chapters/6", ACCESSED);
		assertThat(page.mla()).isEqualTo("\u201cChapter 6: The tape.\u201d <em>Never Let Me Go: A Study Edition</em>, "
				+ "https://nlmg.example.org/chapters/6. Accessed 4 Sept. 2026.");
		assertThat(page.apa()).isEqualTo("<em>Chapter 6: The tape</em>. (n.d.). Never Let Me Go: A Study Edition. "
				+ "Retrieved September 4, 2026, from https://nlmg.example.org/chapters/6");
		assertThat(page.chicagoNote()).isEqualTo("\u201cChapter 6: The tape,\u201d <em>Never Let Me Go: A Study "
				+ "Edition</em>, accessed September 4, 2026, https://nlmg.example.org/chapters/6.");
		assertThat(page.chicagoBibliography()).isEqualTo("\u201cChapter 6: The tape.\u201d <em>Never Let Me Go: A "
				+ "Study Edition</em>. Accessed September 4, 2026. https://nlmg.example.org/chapters/6.");
	}

	@Test
	void aParagraphAtAClassPosition() {
		PageCitations paragraph = PageCitations.of("Chapter 6: The tape \u2014 Commentary",
				"https://nlmg.example.org/chapters/6?upto=6#p-tape-lost", LocalDate.of(2027, 5, 1));
		assertThat(paragraph.mla()).isEqualTo("\u201cChapter 6: The tape \u2014 Commentary.\u201d <em>Never Let Me Go: "
				+ "A Study Edition</em>, https://nlmg.example.org/chapters/6?upto=6#p-tape-lost. Accessed 1 May 2027.");
		assertThat(paragraph.apa()).isEqualTo("<em>Chapter 6: The tape \u2014 Commentary</em>. (n.d.). Never Let Me "
				+ "Go: A Study Edition. Retrieved May 1, 2027, from https://nlmg.example.org/chapters/6?upto=6#p-tape-lost");
		assertThat(paragraph.chicagoNote()).isEqualTo("\u201cChapter 6: The tape \u2014 Commentary,\u201d <em>Never "
				+ "Let Me Go: A Study Edition</em>, accessed May 1, 2027, "
				+ "https://nlmg.example.org/chapters/6?upto=6#p-tape-lost.");
		assertThat(paragraph.chicagoBibliography()).isEqualTo("\u201cChapter 6: The tape \u2014 Commentary.\u201d "
				+ "<em>Never Let Me Go: A Study Edition</em>. Accessed May 1, 2027. "
				+ "https://nlmg.example.org/chapters/6?upto=6#p-tape-lost.");
	}

	@Test
	void titlesAndAddressesAreEscaped() {
		PageCitations page = PageCitations.of("Ruth & Tommy <b>", "https://nlmg.example.org/x?a=1&upto=2", ACCESSED);
		assertThat(page.mla()).contains("Ruth &amp; Tommy &lt;b&gt;").contains("x?a=1&amp;upto=2");
	}

}
