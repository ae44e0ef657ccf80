package org.nlmg.edition.content;

import java.util.List;

import org.nlmg.edition.content.MarkdownRenderer.RenderedBody;

/**
 * A parsed file with its body rendered, and, for a chapter, the HTML of each theme and
 * symbol note in the order its front matter gives them.
 */
record RenderedFile(ParsedFile parsed, RenderedBody body, List<String> themeNotes, List<String> symbolNotes) {

	boolean hasAnchor(String anchor) {
		return this.body.sections().stream().anyMatch((section) -> section.anchors().contains(anchor));
	}

}
