package org.nlmg.edition.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.nlmg.edition.content.EntryIndex.Indexed;
import org.nlmg.edition.model.ChapterTied;
import org.nlmg.edition.model.RenderedSection;

/**
 * Stage 4: turns the Markdown body of a content file into sections of HTML, resolving its
 * cross-links against the index of entries. The flexmark parser and renderer are built
 * once; what differs between files travels in each parsed document's {@link RenderState}.
 */
final class MarkdownRenderer {

	/**
	 * A cross-link found in the prose, for back-links and for checking its anchor once
	 * all is rendered.
	 */
	record FoundLink(Indexed target, String anchor, int line, String sectionAnchor, Integer sectionChapter) {
	}

	/**
	 * @param blocks every paragraph and list item with an id, and the last line of its
	 * source, for the address book's command to write a kept id onto
	 */
	record RenderedBody(List<RenderedSection> sections, List<FoundLink> links, List<Block> blocks, List<Item> items) {
	}

	/**
	 * A top-level list item: its section, its id, its content as HTML (without the item's
	 * own ids, for showing it on another page) and what it links to.
	 */
	record Item(String sectionAnchor, Integer sectionChapter, String id, String html, List<Indexed> targets) {
	}

	/** A short piece of prose outside any section, rendered, with its cross-links. */
	record Note(String html, List<FoundLink> links) {
	}

	/** A paragraph or list item: its id and the source line its text ends on. */
	record Block(String id, int lastLine) {
	}

	private static final Pattern KEPT_ID = Pattern.compile("<span class=\"kept-id\" id=\"[^\"]*\"></span>");

	private static final Pattern ITEM_TAG = Pattern.compile("^<li[^>]*>|</li>$");

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final EntryIndex index;

	MarkdownRenderer(EntryIndex index) {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create(),
				WikiLinkExtension.create(), TypographicExtension.create(), EditionRendererExtension.create()));
		// Our prose never needs raw HTML; escaping it keeps a stray tag from breaking a
		// page.
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
		this.index = index;
	}

	/**
	 * Renders a whole body into sections: a heading starts one, and the prose before the
	 * first heading is the lead section.
	 * @param defaultChapter the chapter untied sections count as (a chapter page's own
	 * number), or null
	 * @param idPrefix put before every id, for bodies that share one page with others
	 * (the glossary's terms)
	 */
	RenderedBody render(String file, String markdown, int firstLine, Integer defaultChapter, String idPrefix,
			Problems problems) {
		Document document = this.parser.parse(markdown);
		RenderState state = new RenderState();
		RenderState.KEY.set(document, state);
		SourceLines lines = new SourceLines(file, document, firstLine, problems);
		Map<Node, BlockAttributes> blockAttributes = BlockAttributes.read(document, lines);
		List<WikiLinks.Found> links = WikiLinks.resolve(document, lines, this.index, state);

		List<RenderedSection> sections = new ArrayList<>();
		List<FoundLink> found = new ArrayList<>();
		List<Block> blocks = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		Set<String> pageIds = new HashSet<>();
		Deque<int[]> openHeadings = new ArrayDeque<>();
		SectionBuilder current = null;
		for (Node block : document.getChildren()) {
			if (block instanceof Heading heading) {
				if (current != null) {
					sections.add(current.build());
				}
				BlockAttributes attributes = blockAttributes.getOrDefault(heading, BlockAttributes.NONE);
				String text = BlockIds.plainText(heading).strip();
				String anchor;
				if (attributes.id() == null) {
					anchor = BlockIds.forHeading(idPrefix, text, pageIds);
				}
				else {
					anchor = idPrefix + attributes.id();
					if (!pageIds.add(anchor)) {
						lines.problem(heading, "the id '" + anchor + "' is used twice on this page");
					}
				}
				// A section draws on its own chapter and on the chapters of the headings
				// it stands under.
				while (!openHeadings.isEmpty() && openHeadings.peek()[0] >= heading.getLevel()) {
					openHeadings.pop();
				}
				Integer enclosing = openHeadings.isEmpty() ? defaultChapter : chapterOf(openHeadings.peek());
				Integer chapter = ChapterTied.latest(attributes.chapter(), enclosing);
				openHeadings.push(new int[] { heading.getLevel(), (chapter != null) ? chapter : 0 });
				state.ids.put(heading, anchor);
				blocks.add(new Block(anchor, lines.lastOf(heading)));
				BlockIds.keep(heading, attributes.also(), pageIds, state, lines);
				current = new SectionBuilder(anchor, heading.getLevel(), chapter, anchor);
			}
			else {
				if (current == null) {
					current = new SectionBuilder(null, 0, defaultChapter, idPrefix + "p");
				}
				BlockIds.assign(block, current.idPrefix, pageIds, state, blockAttributes, lines);
				for (Node identified : BlockIds.identified(block, state)) {
					Node text = (identified instanceof Paragraph) ? identified : identified.getFirstChild();
					blocks.add(new Block(state.ids.get(identified), lines.lastOf((text != null) ? text : identified)));
					if (identified instanceof ListItem item) {
						items.add(new Item(current.anchor, current.chapter, state.ids.get(item), itemHtml(item),
								links.stream()
									.filter((link) -> isWithin(link.link(), item))
									.map(WikiLinks.Found::target)
									.toList()));
					}
				}
			}
			current.html.append(this.renderer.render(block));
			current.anchors.addAll(BlockIds.within(block, state));
			for (WikiLinks.Found link : links) {
				if (link.block() == block) {
					found
						.add(new FoundLink(link.target(), link.anchor(), link.line(), current.anchor, current.chapter));
				}
			}
		}
		if (current != null) {
			sections.add(current.build());
		}
		return new RenderedBody(sections, found, blocks, items);
	}

	/** A list item's content, without the ids that tie it to its own page. */
	private String itemHtml(ListItem item) {
		return ITEM_TAG.matcher(KEPT_ID.matcher(this.renderer.render(item).strip()).replaceAll("")).replaceAll("");
	}

	private static boolean isWithin(Node node, Node ancestor) {
		for (Node parent = node; parent != null; parent = parent.getParent()) {
			if (parent == ancestor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Renders a short piece of prose (a note in front matter, a quiz's question) that has
	 * no sections of its own.
	 * @param sectionAnchor the anchor its links are counted from, or null
	 * @param chapter the chapter its links are counted as drawing on, or null
	 */
	Note renderNote(String file, String markdown, int line, String sectionAnchor, Integer chapter, Problems problems) {
		Document document = this.parser.parse(markdown);
		RenderState state = new RenderState();
		RenderState.KEY.set(document, state);
		SourceLines lines = new SourceLines(file, document, line, problems);
		BlockAttributes.read(document, lines);
		List<FoundLink> links = WikiLinks.resolve(document, lines, this.index, state)
			.stream()
			.map((link) -> new FoundLink(link.target(), link.anchor(), link.line(), sectionAnchor, chapter))
			.toList();
		return new Note(this.renderer.render(document), links);
	}

	private static Integer chapterOf(int[] openHeading) {
		return (openHeading[1] != 0) ? openHeading[1] : null;
	}

	private static final class SectionBuilder {

		private final String anchor;

		private final int level;

		private final Integer chapter;

		private final StringBuilder html = new StringBuilder();

		private final List<String> anchors = new ArrayList<>();

		/** What the ids of the section's paragraphs start with. */
		private final String idPrefix;

		SectionBuilder(String anchor, int level, Integer chapter, String idPrefix) {
			this.anchor = anchor;
			this.level = level;
			this.chapter = chapter;
			this.idPrefix = idPrefix;
		}

		RenderedSection build() {
			String rendered = this.html.toString();
			String heading = (this.anchor != null) ? Words.heading(rendered) : null;
			return new RenderedSection(this.anchor, this.level, heading, this.chapter, rendered, this.anchors,
					Words.of(rendered));
		}

	}

}
