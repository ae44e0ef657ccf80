package org.nlmg.edition.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
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
	record RenderedBody(List<RenderedSection> sections, List<FoundLink> links, List<Block> blocks) {
	}

	/** A paragraph or list item: its id and the source line its text ends on. */
	record Block(String id, int lastLine) {
	}

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
		return new RenderedBody(sections, found, blocks);
	}

	/**
	 * Renders a short piece of prose (a note in front matter) that has no sections of its
	 * own.
	 */
	String renderNote(String file, String markdown, int line, Problems problems) {
		Document document = this.parser.parse(markdown);
		RenderState state = new RenderState();
		RenderState.KEY.set(document, state);
		SourceLines lines = new SourceLines(file, document, line, problems);
		BlockAttributes.read(document, lines);
		WikiLinks.resolve(document, lines, this.index, state);
		return this.renderer.render(document);
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
