package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.nlmg.edition.model.Part;

/**
 * What a heading's braces say, {@code {#id chapter=N}}: the section's id and the chapter
 * it draws on.
 *
 * @param id the id given, or null for one made from the heading's words
 * @param chapter the chapter given, or null
 */
record HeadingAttributes(String id, Integer chapter) {

	static final HeadingAttributes NONE = new HeadingAttributes(null, null);

	/**
	 * Reads the braces off every heading, reports braces anywhere else, and removes them
	 * all from the output.
	 */
	static Map<Heading, HeadingAttributes> read(Document document, SourceLines lines) {
		Map<Heading, HeadingAttributes> result = new IdentityHashMap<>();
		List<AttributesNode> found = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof AttributesNode attributes) {
				found.add(attributes);
			}
		}
		for (AttributesNode attributes : found) {
			if (attributes.getParent() instanceof Heading heading) {
				result.put(heading, of(heading, attributes, lines));
			}
			else {
				lines.problem(attributes, "attributes in braces {...} are only allowed at the end of a heading");
			}
			attributes.unlink();
		}
		// The extension would otherwise still write them out as HTML attributes: ids and
		// ties are ours to render.
		AttributesExtension.NODE_ATTRIBUTES.get(document).clear();
		return result;
	}

	private static HeadingAttributes of(Heading heading, AttributesNode attributes, SourceLines lines) {
		String id = null;
		Integer chapter = null;
		for (Node child : attributes.getChildren()) {
			AttributeNode attribute = (AttributeNode) child;
			String value = attribute.getValue().toString();
			if (attribute.isId()) {
				if (!value.matches(FileParser.SLUG)) {
					lines.problem(heading, "the id '" + value + "' must be lowercase letters, digits and hyphens");
				}
				id = value;
			}
			else if (attribute.getName().toString().equals("chapter")) {
				chapter = chapterNumber(value);
				if (chapter == null) {
					lines.problem(heading,
							"chapter=" + value + " is not a chapter of the novel (1–" + Part.LAST_CHAPTER + ")");
				}
			}
			else {
				lines.problem(heading,
						"unknown heading attribute '" + attribute.getChars() + "' (use {#id} and chapter=N)");
			}
		}
		return new HeadingAttributes(id, chapter);
	}

	private static Integer chapterNumber(String value) {
		if (!value.matches("[0-9]{1,2}")) {
			return null;
		}
		int number = Integer.parseInt(value);
		return Part.isChapter(number) ? number : null;
	}

}
