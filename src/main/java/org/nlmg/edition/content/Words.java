package org.nlmg.edition.content;

import org.springframework.web.util.HtmlUtils;

/**
 * The words of rendered prose as a reader sees them: what search looks in and quotes
 * from.
 */
final class Words {

	private Words() {
	}

	/**
	 * The section's words (link labels, curly quotes), without its heading or the
	 * self-link marks.
	 */
	static String of(String html) {
		String text = html.replaceAll("<a class=\"self-link\"[^>]*>[^<]*</a>", "")
			.replaceAll("(?s)<h[1-6][^>]*>.*?</h[1-6]>", " ")
			.replaceAll("</?(p|li|ul|ol|blockquote|table|thead|tbody|tr|td|th|br|hr)\\b[^>]*>", " ")
			.replaceAll("<[^>]+>", "");
		return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
	}

}
