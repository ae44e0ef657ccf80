package org.nlmg.edition.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the Markdown body of a content file into sections of HTML. The flexmark parser and renderer
 * are built once; what differs between files (the ids given to headings and paragraphs, the
 * cross-links found) travels in the parsed document's own data.
 */
final class MarkdownRenderer {

	/** What the renderer needs to know about the file being rendered. */
	static final NullableDataKey<RenderState> STATE = new NullableDataKey<>("EDITION_RENDER_STATE");

	/** Resolves the kind and slug of a cross-link to its entry, if there is one. */
	interface LinkTargets extends BiFunction<ContentKind, String, Optional<Entry>> {

	}

	/** A cross-link found in the prose, for back-links and for checking its anchor once all is read. */
	record FoundLink(Entry target, String anchor, int line, String sectionAnchor, Integer sectionChapter) {
	}

	record RenderedSection(String anchor, int level, String heading, Integer chapter, String html,
			List<String> anchors, String text) {

		Section toSection() {
			return new Section(this.anchor, this.level, this.heading, this.chapter, this.html, this.anchors, this.text);
		}

	}

	record RenderedBody(List<RenderedSection> sections, List<FoundLink> links) {
	}

	/** Resolved cross-link as the node renderer writes it. */
	record ResolvedLink(String href, String label, ContentKind kind, Integer introducedIn) {
	}

	static final class RenderState {

		final Map<Node, String> ids = new IdentityHashMap<>();

		final Map<WikiLink, ResolvedLink> links = new IdentityHashMap<>();

	}

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create(),
				WikiLinkExtension.create(), TypographicExtension.create(), EditionRendererExtension.create()));
		// Our prose never needs raw HTML; escaping it keeps a stray tag from breaking a page.
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/**
	 * Renders a whole body.
	 * @param file the file, for problems
	 * @param markdown the body
	 * @param firstLine the file line the body starts on
	 * @param defaultChapter the chapter untied sections count as (a chapter page's own number), or null
	 */
	/**
	 * @param idPrefix put before every id, for bodies that share one page with others (the
	 * glossary's terms)
	 */
	RenderedBody render(String file, String markdown, int firstLine, Integer defaultChapter, String idPrefix,
			LinkTargets targets, Problems problems) {
		Document document = this.parser.parse(markdown);
		RenderState state = new RenderState();
		STATE.set(document, state);
		Lines lines = new Lines(file, document, firstLine, problems);
		Map<Heading, HeadingAttributes> headingAttributes = readAttributes(document, lines);
		List<LinkAt> links = resolveLinks(document, lines, targets, state);

		List<RenderedSection> sections = new ArrayList<>();
		List<FoundLink> found = new ArrayList<>();
		Set<String> pageIds = new HashSet<>();
		Deque<Integer[]> openHeadings = new ArrayDeque<>();
		SectionBuilder current = null;
		for (Node block : document.getChildren()) {
			if (block instanceof Heading heading) {
				if (current != null) {
					sections.add(current.build());
				}
				HeadingAttributes attributes = headingAttributes.getOrDefault(heading, HeadingAttributes.NONE);
				String text = plainText(heading).strip();
				String anchor = (attributes.id() != null) ? idPrefix + attributes.id() : null;
				if (anchor == null) {
					anchor = unique(idPrefix + (slugify(text).isEmpty() ? "section" : slugify(text)), pageIds);
				}
				else if (!pageIds.add(anchor)) {
					problems.add(file, lines.of(heading), "the id '" + anchor + "' is used twice on this page");
				}
				while (!openHeadings.isEmpty() && openHeadings.peek()[0] >= heading.getLevel()) {
					openHeadings.pop();
				}
				Integer enclosing = openHeadings.isEmpty() ? defaultChapter : openHeadings.peek()[1];
				Integer chapter = ChapterTied.latest(attributes.chapter(), enclosing);
				openHeadings.push(new Integer[] { heading.getLevel(), chapter });
				state.ids.put(heading, anchor);
				current = new SectionBuilder(anchor, heading.getLevel(), text, chapter, anchor);
			}
			else {
				if (current == null) {
					current = new SectionBuilder(null, 0, null, defaultChapter, idPrefix + "p");
				}
				assignBlockIds(block, current.idPrefix(), pageIds, state);
			}
			current.html.append(this.renderer.render(block));
			current.anchors.addAll(idsWithin(block, state));
			for (LinkAt link : links) {
				if (link.block == block) {
					found.add(new FoundLink(link.target, link.anchor, link.line, current.anchor, current.chapter));
				}
			}
		}
		if (current != null) {
			sections.add(current.build());
		}
		return new RenderedBody(sections, found);
	}

	/** Renders a short piece of prose (a note in front matter) that has no sections of its own. */
	String renderNote(String file, String markdown, int line, LinkTargets targets, Problems problems) {
		Document document = this.parser.parse(markdown);
		RenderState state = new RenderState();
		STATE.set(document, state);
		Lines lines = new Lines(file, document, line, problems);
		readAttributes(document, lines);
		resolveLinks(document, lines, targets, state);
		return this.renderer.render(document);
	}

	private record HeadingAttributes(String id, Integer chapter) {
		static final HeadingAttributes NONE = new HeadingAttributes(null, null);
	}

	/** Reads {@code {#id chapter=N}} off headings and reports braces anywhere else. */
	private Map<Heading, HeadingAttributes> readAttributes(Document document, Lines lines) {
		Map<Heading, HeadingAttributes> result = new IdentityHashMap<>();
		List<AttributesNode> found = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof AttributesNode attributes) {
				found.add(attributes);
			}
		}
		for (AttributesNode attributes : found) {
			if (!(attributes.getParent() instanceof Heading heading)) {
				lines.problem(attributes, "attributes in braces {...} are only allowed at the end of a heading");
				attributes.unlink();
				continue;
			}
			String id = null;
			Integer chapter = null;
			for (Node child : attributes.getChildren()) {
				AttributeNode attribute = (AttributeNode) child;
				String value = attribute.getValue().toString();
				if (attribute.isId()) {
					if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
						lines.problem(heading, "the id '" + value + "' must be lowercase letters, digits and hyphens");
					}
					id = value;
				}
				else if (attribute.getName().toString().equals("chapter")) {
					chapter = chapterNumber(value);
					if (chapter == null) {
						lines.problem(heading, "chapter=" + value + " is not a chapter of the novel (1–23)");
					}
				}
				else {
					lines.problem(heading, "unknown heading attribute '" + attribute.getChars()
							+ "' (use {#id} and chapter=N)");
				}
			}
			result.put(heading, new HeadingAttributes(id, chapter));
			attributes.unlink();
		}
		// The extension would otherwise still write them out as HTML attributes: ids and ties are ours to render.
		AttributesExtension.NODE_ATTRIBUTES.get(document).clear();
		return result;
	}

	private record LinkAt(Node block, Entry target, String anchor, int line) {
	}

	private List<LinkAt> resolveLinks(Document document, Lines lines, LinkTargets targets, RenderState state) {
		List<LinkAt> found = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (!(node instanceof WikiLink wikiLink)) {
				continue;
			}
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
						+ " (use chapter, character, theme, symbol, term, source or page)");
				continue;
			}
			Optional<Entry> target = targets.apply(kind.get(), slug);
			if (target.isEmpty()) {
				lines.problem(wikiLink, "cross-link " + raw + " points to nothing: there is no " + prefix + " '" + slug + "'");
				continue;
			}
			if (anchor != null && !kind.get().hasOwnPage()) {
				lines.problem(wikiLink, "cross-link " + raw + " cannot carry an anchor: glossary terms are anchors themselves");
				continue;
			}
			String href = target.get().getUrl() + ((anchor != null) ? "#" + anchor : "");
			state.links.put(wikiLink, new ResolvedLink(href, (label != null) ? label : target.get().getLinkLabel(), kind.get(),
					target.get().getTiedChapter()));
			found.add(new LinkAt(topLevelBlock(wikiLink), target.get(), anchor, lines.of(wikiLink)));
		}
		return found;
	}

	/** Top-level paragraphs and list items get ids made from their section and their own text. */
	private static void assignBlockIds(Node block, String prefix, Set<String> pageIds, RenderState state) {
		if (block instanceof Paragraph) {
			state.ids.put(block, unique(prefix + "-" + fingerprint(plainText(block)), pageIds));
		}
		else if (block instanceof BulletList || block instanceof OrderedList) {
			for (Node item : block.getChildren()) {
				state.ids.put(item, unique(prefix + "-" + fingerprint(plainText(item)), pageIds));
			}
		}
	}

	private static List<String> idsWithin(Node block, RenderState state) {
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

	private static Node topLevelBlock(Node node) {
		Node block = node;
		while (block.getParent() != null && !(block.getParent() instanceof Document)) {
			block = block.getParent();
		}
		return block;
	}

	private static Integer chapterNumber(String value) {
		try {
			int number = Integer.parseInt(value);
			return (number >= 1 && number <= 23) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String plainText(Node node) {
		return new TextCollectingVisitor().collectAndGetText(node);
	}

	private static String unique(String candidate, Set<String> taken) {
		String id = candidate;
		for (int n = 2; !taken.add(id); n++) {
			id = candidate + "-" + n;
		}
		return id;
	}

	/** A short, stable fingerprint of a block's words: it changes only when that block changes. */
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

	/**
	 * The words of a rendered section as a reader sees them (link labels, curly quotes), without its
	 * heading or the self-link marks: what search looks in and quotes from.
	 */
	static String words(String html) {
		String text = html.replaceAll("<a class=\"self-link\"[^>]*>[^<]*</a>", "")
			.replaceAll("(?s)<h[1-6][^>]*>.*?</h[1-6]>", " ")
			.replaceAll("</?(p|li|ul|ol|blockquote|table|thead|tbody|tr|td|th|br|hr)\\b[^>]*>", " ")
			.replaceAll("<[^>]+>", "");
		return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
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

	private static final class SectionBuilder {

		private final String anchor;

		private final int level;

		private final String heading;

		private final Integer chapter;

		private final StringBuilder html = new StringBuilder();

		private final List<String> anchors = new ArrayList<>();

		/** What the ids of the section's paragraphs start with. */
		private final String idPrefix;

		SectionBuilder(String anchor, int level, String heading, Integer chapter, String idPrefix) {
			this.anchor = anchor;
			this.level = level;
			this.heading = heading;
			this.chapter = chapter;
			this.idPrefix = idPrefix;
		}

		String idPrefix() {
			return this.idPrefix;
		}

		RenderedSection build() {
			String rendered = this.html.toString();
			return new RenderedSection(this.anchor, this.level, this.heading, this.chapter, rendered,
					List.copyOf(this.anchors), words(rendered));
		}

	}

	/** Maps nodes to the lines of the file they came from. */
	private record Lines(String file, Document document, int firstLine, Problems problems) {

		int of(Node node) {
			return this.document.getLineNumber(node.getStartOffset()) + this.firstLine;
		}

		void problem(Node node, String reason) {
			this.problems.add(this.file, of(node), reason);
		}

	}

}
