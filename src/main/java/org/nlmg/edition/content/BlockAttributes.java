package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.nlmg.edition.model.Part;

/**
 * What the braces at the end of a heading or a paragraph say. A heading: {@code {#id
 * chapter=N also="old-id"}}, its section's id, the chapter it draws on and ids it keeps
 * from sections merged into it. A paragraph: {@code {#id also="old-id"}}, the id it keeps
 * through edits (as it stands in the page's address) and the ids of paragraphs deleted
 * into it, so old links still land on the right place.
 *
 * @param id the id given, or null for one made from the block's words
 * @param chapter the chapter given (headings only), or null
 * @param also old ids kept on this block
 */
record BlockAttributes(String id, Integer chapter, List<String> also) {

	static final BlockAttributes NONE = new BlockAttributes(null, null, List.of());

	/**
	 * Reads the braces off every heading and paragraph, reports braces anywhere else, and
	 * removes them all from the output.
	 */
	static Map<Node, BlockAttributes> read(Document document, SourceLines lines) {
		Map<Node, BlockAttributes> result = new IdentityHashMap<>();
		List<AttributesNode> found = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof AttributesNode attributes) {
				found.add(attributes);
			}
		}
		for (AttributesNode attributes : found) {
			Node parent = attributes.getParent();
			boolean last = attributes.getNext() == null;
			if (parent instanceof Heading || (parent instanceof Paragraph && last)) {
				result.put(parent, of(parent, attributes, lines));
			}
			else {
				lines.problem(attributes,
						"attributes in braces {...} are only allowed at the end of a heading or a paragraph");
			}
			attributes.unlink();
		}
		// The extension would otherwise still write them out as HTML attributes: ids and
		// ties are ours to render.
		AttributesExtension.NODE_ATTRIBUTES.get(document).clear();
		return result;
	}

	private static BlockAttributes of(Node block, AttributesNode attributes, SourceLines lines) {
		String id = null;
		Integer chapter = null;
		List<String> also = new ArrayList<>();
		for (Node child : attributes.getChildren()) {
			AttributeNode attribute = (AttributeNode) child;
			String name = attribute.getName().toString();
			String value = attribute.getValue().toString();
			if (attribute.isId()) {
				id = slug(block, value, lines);
			}
			else if (name.equals("chapter") && block instanceof Heading) {
				chapter = chapterNumber(value);
				if (chapter == null) {
					lines.problem(block,
							"chapter=" + value + " is not a chapter of the novel (1–" + Part.LAST_CHAPTER + ")");
				}
			}
			else if (name.equals("also")) {
				Arrays.stream(value.trim().split("\\s+")).map((old) -> slug(block, old, lines)).forEach(also::add);
			}
			else {
				lines.problem(block, "unknown attribute '" + attribute.getChars() + "' (use {#id}, also=\"old-id\""
						+ ((block instanceof Heading) ? " and chapter=N)" : ")"));
			}
		}
		return new BlockAttributes(id, chapter, List.copyOf(also));
	}

	private static String slug(Node block, String value, SourceLines lines) {
		if (!value.matches(FileParser.SLUG)) {
			lines.problem(block, "the id '" + value + "' must be lowercase letters, digits and hyphens");
		}
		return value;
	}

	private static Integer chapterNumber(String value) {
		if (!value.matches("[0-9]{1,2}")) {
			return null;
		}
		int number = Integer.parseInt(value);
		return Part.isChapter(number) ? number : null;
	}

}
