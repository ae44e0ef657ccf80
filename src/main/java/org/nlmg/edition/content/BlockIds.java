package org.nlmg.edition.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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

	/** Gives top-level paragraphs and list items their ids. */
	static void assign(Node block, String sectionPrefix, Set<String> pageIds, RenderState state) {
		if (block instanceof Paragraph) {
			state.ids.put(block, unique(sectionPrefix + "-" + fingerprint(plainText(block)), pageIds));
		}
		else if (block instanceof BulletList || block instanceof OrderedList) {
			for (Node item : block.getChildren()) {
				state.ids.put(item, unique(sectionPrefix + "-" + fingerprint(plainText(item)), pageIds));
			}
		}
	}

	/** The ids given to a block, or to the items of a list. */
	static List<String> within(Node block, RenderState state) {
		List<String> ids = new ArrayList<>();
		if (state.ids.containsKey(block)) {
			ids.add(state.ids.get(block));
		}
		if (block instanceof ListBlock) {
			block.getChildren().forEach((item) -> {
				if (state.ids.containsKey(item)) {
					ids.add(state.ids.get(item));
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
