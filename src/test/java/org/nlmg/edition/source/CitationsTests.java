package org.nlmg.edition.source;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nlmg.edition.model.Source;

import static org.assertj.core.api.Assertions.assertThat;

class CitationsTests {

	@Test
	void aPieceInsideABookByANamedAuthor() {
		Source source = new Source("intro", "Introduction to the anniversary edition", "", "sources/intro.md",
				new Source.Facts(Source.Genre.AUTHOR, "Kazuo Ishiguro", "Vintage Books", "2025", null, "000.txt", null,
						"Introduction", "Never Let Me Go: Twentieth Anniversary Edition"),
				List.of());
		Citations citations = Citations.of(source);
		assertThat(citations.mla()).isEqualTo(
				"Ishiguro, Kazuo. “Introduction.” <em>Never Let Me Go: Twentieth Anniversary Edition</em>, Vintage Books, 2025.");
		assertThat(citations.apa()).isEqualTo(
				"Ishiguro, K. (2025). Introduction. In <em>Never Let Me Go: Twentieth Anniversary Edition</em>. Vintage Books.");
		assertThat(citations.chicago()).isEqualTo(
				"Ishiguro, Kazuo. “Introduction.” In <em>Never Let Me Go: Twentieth Anniversary Edition</em>. Vintage Books, 2025.");
	}

	@Test
	void aDatedWebPageWithNoNamedAuthor() {
		Source source = new Source("blog", "Never Let Me Go", "", "sources/blog.md", new Source.Facts(Source.Genre.BLOG,
				"Anonymous", "example.org", "2023-04-01", null, "003.txt", null, null, null), List.of());
		Citations citations = Citations.of(source);
		assertThat(citations.mla()).isEqualTo("“Never Let Me Go.” <em>example.org</em>, 1 Apr. 2023.");
		assertThat(citations.apa()).isEqualTo("<em>Never Let Me Go</em>. (2023, April 1). example.org.");
		assertThat(citations.chicago()).isEqualTo("“Never Let Me Go.” example.org, April 1, 2023.");
	}

	@Test
	void anUndatedPageByAGroupWithAnAddress() {
		Source source = new Source("wikipedia", "Never Let Me Go (novel)", "", "sources/wikipedia.md",
				new Source.Facts(Source.Genre.ENCYCLOPEDIA, "Wikipedia contributors", "Wikipedia", "n.d.",
						"https://en.wikipedia.org/wiki/X", "001.txt", "Wikipedia", null, null),
				List.of());
		Citations citations = Citations.of(source);
		assertThat(citations.mla()).isEqualTo(
				"Wikipedia contributors. “Never Let Me Go (novel).” <em>Wikipedia</em>, https://en.wikipedia.org/wiki/X.");
		assertThat(citations.apa()).isEqualTo(
				"Wikipedia contributors. (n.d.). <em>Never Let Me Go (novel)</em>. Wikipedia. https://en.wikipedia.org/wiki/X");
		assertThat(citations.chicago()).isEqualTo(
				"Wikipedia contributors. “Never Let Me Go (novel).” Wikipedia, n.d. https://en.wikipedia.org/wiki/X.");
		assertThat(source.getLinkLabel()).isEqualTo("Wikipedia");
	}

	@Test
	void aDescribedTitleIsNeitherQuotedNorItalicised() {
		Source source = new Source("essay", "A reader's essay", "", "sources/essay.md",
				new Source.Facts(Source.Genre.ESSAY, "Anonymous", "WordPress.com", "n.d.", null, "002.txt", null,
						"[Blog essay on the novel]", null),
				List.of());
		Citations citations = Citations.of(source);
		assertThat(citations.mla()).isEqualTo("[Blog essay on the novel]. <em>WordPress.com</em>.");
		assertThat(citations.apa()).isEqualTo("[Blog essay on the novel]. (n.d.). WordPress.com.");
		assertThat(citations.chicago()).isEqualTo("[Blog essay on the novel]. WordPress.com, n.d.");
	}

	@Test
	void titlesAreEscaped() {
		Source source = new Source("x", "A <b>bold</b> title", "", "sources/x.md",
				new Source.Facts(Source.Genre.BLOG, null, "Site", "n.d.", null, "x.txt", null, null, null), List.of());
		assertThat(Citations.of(source).mla()).contains("A &lt;b&gt;bold&lt;/b&gt; title");
	}

}
