package org.nlmg.edition.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a student's words are read: no syntax, stop words first, then the limits. */
class SearchQueryTests {

	private static SearchQuery parse(String text) {
		return SearchQuery.parse(text, EditionAnalyzers.english());
	}

	@Test
	void questionWordsGoBeforeAnyLimit() {
		SearchQuery query = parse("where does Miss Lucy talk about smoking");
		assertThat(query.words()).extracting(SearchQuery.Word::term).containsExactly("miss", "luci", "talk", "smoke");
		String padded = "what is the ".repeat(6) + "smoking";
		assertThat(parse(padded).words()).extracting(SearchQuery.Word::typed).containsExactly("smoking");
	}

	@Test
	void wordFormsCaseAndAccentsShareATerm() {
		assertThat(parse("crying cried Dancing dance MADÁME Madame’s").words()).extracting(SearchQuery.Word::term)
			.containsExactly("cri", "cri", "danc", "danc", "madam", "madam");
	}

	@Test
	void quotedWordsAreAPhraseWithTheirGaps() {
		SearchQuery query = parse("Ruth “told and not told” \"unclosed");
		assertThat(query.phrases()).hasSize(1);
		assertThat(query.phrases().get(0)).extracting(SearchQuery.Word::position).containsExactly(0, 3);
		assertThat(query.words()).extracting(SearchQuery.Word::term).containsExactly("ruth", "unclos");
	}

	@Test
	void syntaxIsJustCharacters() {
		assertThat(parse("\" * : ( ~ \\ AND -").isEmpty()).isTrue();
		assertThat(parse("title:ruth~2 tom*").words()).extracting(SearchQuery.Word::term)
			.containsExactly("title:ruth", "2", "tom");
	}

	@Test
	void aLongQueryIsCutBetweenCharacters() {
		SearchQuery query = parse("a".repeat(99) + "🙂🙂");
		assertThat(query.cut()).isTrue();
		assertThat(query.text()).hasSize(101).endsWith("🙂");
		assertThat(parse("Tomy's").words().get(0).typed()).isEqualTo("Tomy");
		assertThat(parse("ruth ".repeat(50)).words()).hasSize(SearchQuery.MAX_TERMS);
	}

	@Test
	void typosAreCountedAsTypingSlips() {
		assertThat(Typos.distance("tomy", "tommy")).isEqualTo(1);
		assertThat(Typos.distance("ruht", "ruth")).isEqualTo(1);
		assertThat(Typos.distance("hailshem", "hailsham")).isEqualTo(1);
		assertThat(Typos.distance("kathy", "ruth")).isEqualTo(3);
	}

}
