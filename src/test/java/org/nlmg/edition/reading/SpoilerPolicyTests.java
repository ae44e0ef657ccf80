package org.nlmg.edition.reading;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nlmg.edition.model.ChapterTied;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;

import static org.assertj.core.api.Assertions.assertThat;

class SpoilerPolicyTests {

	private static final String PROSE = "<a href=\"/characters/chrissie\" class=\"xref xref-character\" data-chapter=\"10\">Chrissie</a> and "
			+ "<a href=\"/characters/ruth\" class=\"xref xref-character\" data-chapter=\"1\">Ruth</a>, see <a href=\"/about\">about</a> "
			+ "<a class=\"self-link\" href=\"#p-1\" aria-label=\"Link to this paragraph\">¶</a>";

	private static SpoilerPolicy at(String link, String cookie) {
		return new SpoilerPolicy(ReadingPosition.of(link, cookie, false));
	}

	@Test
	void crossLinksToWhatTheReaderHasNotReachedBecomePlainText() {
		assertThat(at(null, "9").prose(PROSE))
			.isEqualTo("<span class=\"xref xref-character later\">Chrissie</span> and "
					+ "<a href=\"/characters/ruth\" class=\"xref xref-character\" data-chapter=\"1\">Ruth</a>, see <a href=\"/about\">about</a> "
					+ "<a class=\"self-link\" href=\"#p-1\" aria-label=\"Link to this paragraph\">¶</a>");
		assertThat(at(null, "10").prose(PROSE)).isEqualTo(PROSE);
		assertThat(at(null, null).prose(PROSE)).isEqualTo(PROSE);
	}

	@Test
	void aPositionFromALinkIsCarriedIntoEveryLinkOfTheProse() {
		assertThat(at("10", null).prose(PROSE)).isEqualTo(
				"<a href=\"/characters/chrissie?upto=10\" class=\"xref xref-character\" data-chapter=\"10\">Chrissie</a> and "
						+ "<a href=\"/characters/ruth?upto=10\" class=\"xref xref-character\" data-chapter=\"1\">Ruth</a>, see "
						+ "<a href=\"/about?upto=10\">about</a> "
						+ "<a class=\"self-link\" href=\"#p-1\" aria-label=\"Link to this paragraph\">¶</a>");
	}

	@Test
	void listsKeepWhatTheReaderHasReachedAndCountTheRest() {
		List<ChapterTied> items = List.of(() -> 3, () -> null, () -> 12, () -> 9);
		Shown<ChapterTied> shown = at(null, "9").filter(items);
		assertThat(shown.items()).extracting(ChapterTied::getTiedChapter).containsExactly(3, null, 9);
		assertThat(shown.heldBack()).isEqualTo(1);
		assertThat(new SpoilerPolicy(ReadingPosition.of(null, "9", true)).filter(items).heldBack()).as("revealed")
			.isZero();
	}

}
