package org.nlmg.edition.model;

import java.util.List;

/**
 * A heading and the prose under it as the content pipeline renders it, before it is
 * stored.
 *
 * @param anchor the heading's id; null for the lead section before any heading
 * @param level 2 for {@code ##} and so on; 0 for the lead section
 * @param heading the heading's words, or null for the lead section
 * @param chapter the latest chapter the section draws on, or null when it spoils nothing
 * @param html the section rendered, heading included
 * @param anchors every id inside the section, its heading's first
 * @param words what a reader sees of it, without markup: what search looks in
 */
public record RenderedSection(String anchor, int level, String heading, Integer chapter, String html,
		List<String> anchors, String words) {

	public RenderedSection {
		anchors = List.copyOf(anchors);
	}

}
