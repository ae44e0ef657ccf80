package org.nlmg.edition.content;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
			.isThrownBy(() -> start("--edition.content=classpath:fixtures/broken/"))
			.satisfies((ex) -> {
				FailureAnalysis analysis = new InvalidContentFailureAnalyzer().analyze(ex);
				assertThat(analysis.getDescription()).contains("2 problem(s)")
					.contains("content/chapters/chapter-01.md:7: unknown front matter key 'charcters'")
					.contains("content/chapters/chapter-01.md:12: cross-link [[nobody]] points to nothing");
				assertThat(analysis.getAction()).contains("Fix each file at the line given");
			});
	}

	@Test
	void faultyFilesAreNamedWithTheOtherProblemsInOneRun() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> start("--edition.content=classpath:fixtures/faults/", "--edition.max-file-size=1KB"))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ContentProblem::toString)
				.containsExactly(
						"content/chapters/chapter-01.md:11: the file is not UTF-8: byte 6 of this line (0xE9) is not a UTF-8 character; save the file as UTF-8",
						"content/chapters/chapter-02.md: the file is 1,522 bytes, over the limit of 1,024 bytes (edition.max-file-size): split it into smaller pages",
						"content/themes/memory.md:2: malformed front matter: while parsing a flow sequence, expected ',' or ']', but got :"));
	}

	@Test
	void anEmptyContentFolderStopsStartUp(@TempDir Path folder) {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> start("--edition.content=" + folder.toUri()))
			.withMessageContaining("the content folder holds no Markdown files");
	}

	@Test
	void aMissingContentFolderStopsStartUp() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> start("--edition.content=file:/no/such/folder/"))
			.withMessageContaining("the content folder does not exist");
	}

	private static void start(String... args) {
		new SpringApplicationBuilder(EditionApplication.class).web(WebApplicationType.NONE)
			.run(Stream
				.concat(Stream.of(args), Stream.of("--spring.main.banner-mode=off",
						"--logging.level.org.springframework.boot.diagnostics=off"))
				.toArray(String[]::new));
	}

}
