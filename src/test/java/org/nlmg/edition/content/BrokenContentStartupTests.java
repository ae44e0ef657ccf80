package org.nlmg.edition.content;

import org.junit.jupiter.api.Test;
import org.nlmg.edition.EditionApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A broken content file stops start-up, and the report names every problem's file and
 * line.
 */
class BrokenContentStartupTests {

	@Test
	void brokenContentStopsStartUpWithFileLineAndReason() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(EditionApplication.class).web(WebApplicationType.NONE)
				.run("--edition.content=classpath:fixtures/broken/", "--spring.main.banner-mode=off",
						"--logging.level.org.springframework.boot.diagnostics=off"))
			.satisfies((ex) -> {
				FailureAnalysis analysis = new InvalidContentFailureAnalyzer().analyze(ex);
				assertThat(analysis.getDescription()).contains("2 problem(s)")
					.contains("content/chapters/chapter-01.md:7: unknown front matter key 'charcters'")
					.contains("content/chapters/chapter-01.md:12: cross-link [[nobody]] points to nothing");
				assertThat(analysis.getAction()).contains("Fix each file at the line given");
			});
	}

	@Test
	void aMissingContentFolderStopsStartUp() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(EditionApplication.class).web(WebApplicationType.NONE)
				.run("--edition.content=file:/no/such/folder/", "--spring.main.banner-mode=off",
						"--logging.level.org.springframework.boot.diagnostics=off"))
			.withMessageContaining("the content folder does not exist");
	}

}
