package org.nlmg.edition.reading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathTests {

	@Test
	void anEditionAddressIsKeptAsItIs() {
		assertThat(LocalPath.of("/characters/kathy")).isEqualTo("/characters/kathy");
		assertThat(LocalPath.of("/")).isEqualTo("/");
	}

	@Test
	void dotSegmentsAndRepeatedSlashesAreResolvedWithinTheSite() {
		assertThat(LocalPath.of("/../x")).isEqualTo("/x");
		assertThat(LocalPath.of("/css/../chapters/./1")).isEqualTo("/chapters/1");
		assertThat(LocalPath.of("//evil.example/x")).isEqualTo("/evil.example/x");
		assertThat(LocalPath.of("/a//b/")).isEqualTo("/a/b");
	}

	@Test
	void anythingElseIsTheHomePage() {
		for (String other : new String[] { null, "", "x", "https://evil.example/", "/\\evil.example", "/a%2fb",
				"/<script>", "/a?b" }) {
			assertThat(LocalPath.of(other)).as(other).isEqualTo("/");
		}
	}

}
