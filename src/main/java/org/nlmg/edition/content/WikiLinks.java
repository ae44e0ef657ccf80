package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.nlmg.edition.content.EntryIndex.Indexed;
import org.nlmg.edition.model.ContentKind;

/**
 * Resolves the cross-links of a document, {@code [[kind:slug#anchor|label]]}, against the
 * index of entries; a bare {@code [[slug]]} is a character.
 */
final class WikiLinks {

	/** A cross-link found in the prose, with the top-level block it stands in. */
	record Found(Node block, WikiLink link, Indexed target, String anchor, int line) {
	}

	private WikiLinks() {
	}

	private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their");

	static List<Found> resolve(Document document, SourceLines lines, EntryIndex index, RenderState state) {
		List<Found> found = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof WikiLink wikiLink) {
				resolve(wikiLink, lines, index, state).ifPresent(found::add);
			}
		}
		return found;
	}

	private static Optional<Found> resolve(WikiLink wikiLink, SourceLines lines, EntryIndex index, RenderState state) {
		String raw = wikiLink.getChars().toString();
		String inner = raw.substring(2, raw.length() - 2);
		int pipe = inner.indexOf('|');
		String reference = (pipe >= 0) ? inner.substring(0, pipe).strip() : inner.strip();
		String label = (pipe >= 0) ? inner.substring(pipe + 1).strip() : null;
		int hash = reference.indexOf('#');
		String anchor = (hash >= 0) ? reference.substring(hash + 1) : null;
		String address = (hash >= 0) ? reference.substring(0, hash) : reference;
		int colon = address.indexOf(':');
		String prefix = (colon >= 0) ? address.substring(0, colon) : ContentKind.CHARACTER.linkPrefix();
		String slug = address.substring(colon + 1);
		Optional<ContentKind> kind = ContentKind.forLinkPrefix(prefix);
		if (kind.isEmpty()) {
			lines.problem(wikiLink, "unknown kind '" + prefix + "' in cross-link " + raw
					+ " (use chapter, character, theme, symbol, term, source, quiz or page)");
			return Optional.empty();
		}
		Optional<Indexed> target = index.find(kind.get(), slug);
		if (target.isEmpty()) {
			lines.problem(wikiLink,
					"cross-link " + raw + " points to nothing: there is no " + prefix + " '" + slug + "'");
			return Optional.empty();
		}
		if (anchor != null && !kind.get().hasOwnPage()) {
			lines.problem(wikiLink,
					"cross-link " + raw + " cannot carry an anchor: glossary terms are anchors themselves");
			return Optional.empty();
		}
		String shown = (label != null) ? label : target.get().linkLabel();
		doubledWord(wikiLink, shown, lines);
		state.links.put(wikiLink,
				new CrossLinks.Resolved(target.get().url(anchor), shown, kind.get(), target.get().introducedIn()));
		return Optional.of(new Found(topLevelBlock(wikiLink), wikiLink, target.get(), anchor, lines.of(wikiLink)));
	}

	/**
	 * A label is printed in place of its link, so "the [[term:kingsfield]]" would read
	 * "the the Kingsfield": the word before a link must not be the label's first word.
	 */
	private static void doubledWord(WikiLink wikiLink, String label, SourceLines lines) {
		Node previous = wikiLink.getPrevious();
		if (previous == null || label.isBlank()) {
			return;
		}
		String before = previous.getChars().toString();
		if (!before.endsWith(" ")) {
			return;
		}
		String[] words = before.strip().split("\\s+");
		String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
		String firstWord = label.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
		boolean twoArticles = ARTICLES.contains(lastWord) && ARTICLES.contains(firstWord);
		if (!lastWord.isEmpty() && (lastWord.equals(firstWord) || twoArticles)) {
			lines.problem(wikiLink,
					"the link " + wikiLink.getChars() + " prints \"" + label + "\", so the sentence reads \"" + lastWord
							+ " " + label + "\": drop one \"" + lastWord + "\" or give the link a label");
		}
	}

	private static Node topLevelBlock(Node node) {
		Node block = node;
		while (block.getParent() != null && !(block.getParent() instanceof Document)) {
			block = block.getParent();
		}
		return block;
	}

}
