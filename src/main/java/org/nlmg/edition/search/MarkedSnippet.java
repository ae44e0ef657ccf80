package org.nlmg.edition.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import org.springframework.web.util.HtmlUtils;

/**
 * A passage of a section as HTML: the words escaped, the matched ones in {@code <mark>},
 * with an ellipsis where it was cut from the section.
 */
final class MarkedSnippet extends PassageFormatter {

	@Override
	public String format(Passage[] passages, String content) {
		StringBuilder html = new StringBuilder();
		for (Passage passage : passages) {
			int at = passage.getStartOffset();
			html.append((at > 0) ? "…" : "");
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = passage.getMatchStarts()[i];
				int end = passage.getMatchEnds()[i];
				if (start < at) {
					// A match inside one already marked (a word of a phrase, say).
					continue;
				}
				html.append(escape(content.substring(at, start)))
					.append("<mark>")
					.append(escape(content.substring(start, end)))
					.append("</mark>");
				at = end;
			}
			html.append(escape(content.substring(at, Math.max(at, passage.getEndOffset()))));
			html.append((passage.getEndOffset() < content.length()) ? "…" : "");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
