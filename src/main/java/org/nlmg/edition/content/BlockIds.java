package org.nlmg.edition.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The ids a page's headings, paragraphs and list items are linked by. A paragraph's id is
 * made from its section and its own words, so that editing other paragraphs never moves
 * it.
 */
final class BlockIds {

	private BlockIds() {
	}

	/**
	 * Gives top-level paragraphs and list items their ids: the one their braces keep, or
	 * one made from their words.
	 */
	static void assign(Node block, String sectionPrefix, Set<String> pageIds, RenderState state,
			Map<Node, BlockAttributes> attributes, SourceLines lines) {
		if (block instanceof Paragraph) {
			identify(block, block, sectionPrefix, pageIds, state, attributes, lines);
		}
		else if (block instanceof BulletList || block instanceof OrderedList) {
			for (Node item : block.getChildren()) {
				identify(item, item.getFirstChild(), sectionPrefix, pageIds, state, attributes, lines);
			}
		}
	}

	private static void identify(Node block, Node paragraph, String sectionPrefix, Set<String> pageIds,
			RenderState state, Map<Node, BlockAttributes> attributes, SourceLines lines) {
		BlockAttributes given = attributes.getOrDefault(paragraph, BlockAttributes.NONE);
		if (given.id() == null) {
			state.ids.put(block, unique(sectionPrefix + "-" + fingerprint(plainText(block)), pageIds));
		}
		else {
			state.ids.put(block, given.id());
			if (!pageIds.add(given.id())) {
				lines.problem(block, "the id '" + given.id() + "' is used twice on this page");
			}
		}
		keep(block, given.also(), pageIds, state, lines);
	}

	/** Old ids that a block keeps, so links made before an edit still land on it. */
	static void keep(Node block, List<String> oldIds, Set<String> pageIds, RenderState state, SourceLines lines) {
		for (String old : oldIds) {
			if (!pageIds.add(old)) {
				lines.problem(block, "the id '" + old + "' is used twice on this page");
			}
		}
		if (!oldIds.isEmpty()) {
			state.keptIds.put(block, oldIds);
		}
	}

	/** The block itself, or the items of a list, where they were given ids. */
	static List<Node> identified(Node block, RenderState state) {
		List<Node> nodes = new ArrayList<>();
		if (state.ids.containsKey(block)) {
			nodes.add(block);
		}
		if (block instanceof ListBlock) {
			block.getChildren().forEach((item) -> {
				if (state.ids.containsKey(item)) {
					nodes.add(item);
				}
			});
		}
		return nodes;
	}

	/** The ids given to a block, or to the items of a list. */
	static List<String> within(Node block, RenderState state) {
		List<String> ids = new ArrayList<>();
		if (state.ids.containsKey(block)) {
			ids.add(state.ids.get(block));
			ids.addAll(state.keptIds.getOrDefault(block, List.of()));
		}
		if (block instanceof ListBlock) {
			block.getChildren().forEach((item) -> {
				if (state.ids.containsKey(item)) {
					ids.add(state.ids.get(item));
					ids.addAll(state.keptIds.getOrDefault(item, List.of()));
				}
			});
		}
		return ids;
	}

	/** The id a heading gets from its words when the author gives none. */
	static String forHeading(String prefix, String text, Set<String> pageIds) {
		String slug = slugify(text);
		return unique(prefix + (slug.isEmpty() ? "section" : slug), pageIds);
	}

	static String plainText(Node node) {
		return new TextCollectingVisitor().collectAndGetText(node);
	}

	private static String unique(String candidate, Set<String> taken) {
		String id = candidate;
		for (int n = 2; !taken.add(id); n++) {
			id = candidate + "-" + n;
		}
		return id;
	}

	/**
	 * A short, stable fingerprint of a block's words: it changes only when that block
	 * changes.
	 */
	static String fingerprint(String text) {
		String normalized = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 3);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** "The Sale at Hailsham" becomes "the-sale-at-hailsham". */
	static String slugify(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT)
			.replace("’", "")
			.replace("'", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

}
