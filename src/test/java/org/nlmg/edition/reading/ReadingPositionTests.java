package org.nlmg.edition.reading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingPositionTests {

	@Test
	void theLinkWinsOverTheCookie() {
		ReadingPosition position = ReadingPosition.of("3", "9", false);
		assertThat(position.upto()).isEqualTo(3);
		assertThat(position.fromLink()).isTrue();
	}

	@Test
	void theCookieAppliesWithoutALink() {
		ReadingPosition position = ReadingPosition.of(null, "9", false);
		assertThat(position.upto()).isEqualTo(9);
		assertThat(position.fromLink()).isFalse();
	}

	@Test
	void aValueThatIsNotAChapterIsIgnoredWithANotice() {
		for (String bad : new String[] { "0", "abc", "-4", "9; drop table", "" }) {
			ReadingPosition position = ReadingPosition.of(bad, "5", false);
			assertThat(position.upto()).as(bad).isEqualTo(5);
			assertThat(position.notice()).as(bad).contains("not a chapter from 1 to 23");
		}
	}

	@Test
	void aChapterPastTheEndMeansTheWholeBook() {
		ReadingPosition position = ReadingPosition.of("99", null, false);
		assertThat(position.isWholeBook()).isTrue();
		assertThat(position.notice()).contains("23 chapters");
		assertThat(ReadingPosition.of("23", null, false).isWholeBook()).isTrue();
		assertThat(ReadingPosition.of("all", "4", false).isWholeBook()).isTrue();
	}

	@Test
	void holdsBackWhatIsTiedToLaterChapters() {
		ReadingPosition position = ReadingPosition.of("9", null, false);
		assertThat(position.allows(9)).isTrue();
		assertThat(position.allows(10)).isFalse();
		assertThat(position.allows((Integer) null)).isTrue();
		assertThat(ReadingPosition.of("9", null, true).allows(22)).as("revealed").isTrue();
	}

	@Test
	void linksCarryAPositionThatCameFromALink() {
		ReadingPosition position = ReadingPosition.of("9", null, false);
		assertThat(position.link("/characters/ruth")).isEqualTo("/characters/ruth?upto=9");
		assertThat(position.link("/glossary#carer")).isEqualTo("/glossary?upto=9#carer");
		assertThat(position.link("/chapters?upto=3")).isEqualTo("/chapters?upto=3");
		assertThat(position.link("#summary")).isEqualTo("#summary");
		assertThat(ReadingPosition.of(null, "9", false).link("/characters/ruth")).as("from the cookie")
			.isEqualTo("/characters/ruth");
	}

}
