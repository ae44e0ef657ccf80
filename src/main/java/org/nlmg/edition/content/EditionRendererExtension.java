package org.nlmg.edition.content;

import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * The edition's additions to flexmark's HTML: stable ids on headings, paragraphs and list
 * items, a self-link beside each heading and paragraph so a teacher can cite it, and
 * cross-links written as {@link CrossLinks} reads them.
 */
final class EditionRendererExtension implements HtmlRenderer.HtmlRendererExtension {

	static EditionRendererExtension create() {
		return new EditionRendererExtension();
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.nodeRendererFactory((options) -> new EditionNodeRenderer());
		builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
			@Override
			public AttributeProvider apply(LinkResolverContext context) {
				return new StableIdProvider(RenderState.of(context.getDocument()));
			}
		});
	}

	private record StableIdProvider(RenderState state) implements AttributeProvider {

		@Override
		public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
			String id = this.state.ids.get(node);
			// List items are rendered with the tight or loose list-item part, not the
			// node part.
			boolean whole = part == AttributablePart.NODE || node instanceof ListItem;
			if (id != null && whole) {
				attributes.replaceValue("id", id);
			}
		}

	}

	private static final class EditionNodeRenderer implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(Heading.class, this::heading),
					new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
					new NodeRenderingHandler<>(WikiLink.class, this::wikiLink));
		}

		private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
			String id = RenderState.of(context.getDocument()).ids.get(heading);
			String tag = "h" + heading.getLevel();
			html.withAttr().tag(tag);
			keptIds(html, heading, context);
			context.renderChildren(heading);
			selfLink(html, id, "Link to this section", "§");
			html.closeTag(tag).line();
		}

		private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
			String id = RenderState.of(context.getDocument()).ids.get(paragraph);
			if (id == null) {
				// A list item's paragraph: the item carries the ids.
				if (paragraph.getParent() instanceof ListItem item && item.getFirstChild() == paragraph) {
					keptIds(html, item, context);
				}
				context.delegateRender();
				return;
			}
			html.withAttr().tag("p");
			keptIds(html, paragraph, context);
			context.renderChildren(paragraph);
			selfLink(html, id, "Link to this paragraph", "¶");
			html.closeTag("p").line();
		}

		private void wikiLink(WikiLink wikiLink, NodeRendererContext context, HtmlWriter html) {
			CrossLinks.Resolved link = RenderState.of(context.getDocument()).links.get(wikiLink);
			if (link == null) {
				html.text(wikiLink.getChars().toString());
				return;
			}
			html.raw(CrossLinks.html(link));
		}

		/**
		 * Empty elements that hold a block's old ids, so an old link lands on the block.
		 */
		private static void keptIds(HtmlWriter html, Node block, NodeRendererContext context) {
			for (String old : RenderState.of(context.getDocument()).keptIds.getOrDefault(block, List.of())) {
				html.raw("<span class=\"kept-id\" id=\"" + old + "\"></span>");
			}
		}

		private static void selfLink(HtmlWriter html, String id, String label, String mark) {
			if (id != null) {
				html.raw(" <a class=\"self-link\" href=\"#" + id + "\" aria-label=\"" + label + "\">" + mark + "</a>");
			}
		}

	}

}
