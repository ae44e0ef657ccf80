package org.nlmg.edition.content;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * What the HTML renderer needs to know about the document being rendered: the ids given
 * to its blocks and the cross-links resolved in it. It travels in the parsed document's
 * own data, so that one flexmark renderer serves every file.
 */
final class RenderState {

	static final NullableDataKey<RenderState> KEY = new NullableDataKey<>("EDITION_RENDER_STATE");

	final Map<Node, String> ids = new IdentityHashMap<>();

	/**
	 * Old ids a block keeps besides its own, each rendered as an empty element inside it.
	 */
	final Map<Node, List<String>> keptIds = new IdentityHashMap<>();

	final Map<WikiLink, CrossLinks.Resolved> links = new IdentityHashMap<>();

	static RenderState of(com.vladsch.flexmark.util.ast.Document document) {
		RenderState state = KEY.get(document);
		return (state != null) ? state : new RenderState();
	}

}
