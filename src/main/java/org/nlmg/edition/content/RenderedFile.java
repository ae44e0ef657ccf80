package org.nlmg.edition.content;

import java.util.List;

import org.nlmg.edition.content.MarkdownRenderer.RenderedBody;
import org.nlmg.edition.model.RenderedSection;

/**
 * A parsed file with its body rendered; for a chapter, the HTML of each theme and symbol
 * note in the order its front matter gives them and of its synopsis; for a quiz, its
 * questions.
 */
record RenderedFile(ParsedFile parsed, RenderedBody body, List<String> themeNotes, List<String> symbolNotes,
		String synopsis, List<QuizBody.Question> questions) {

	RenderedFile(ParsedFile parsed, RenderedBody body) {
		this(parsed, body, List.of(), List.of(), null, List.of());
	}

	boolean hasAnchor(String anchor) {
		return this.body.sections().stream().anyMatch((section) -> section.anchors().contains(anchor));
	}

	/** The chapter the section holding an anchor draws on, or null. */
	Integer chapterOf(String anchor) {
		return this.body.sections()
			.stream()
			.filter((section) -> section.anchors().contains(anchor))
			.findFirst()
			.map(RenderedSection::chapter)
			.orElse(null);
	}

}
