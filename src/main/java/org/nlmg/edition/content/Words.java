package org.nlmg.edition.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The words of rendered prose as a reader sees them: what search looks in and quotes
 * from.
 */
final class Words {

	private static final Pattern HEADING = Pattern.compile("(?s)<h[1-6][^>]*>(.*?)</h[1-6]>");

	private Words() {
	}

	/**
	 * The section's words (link labels, curly quotes), without its heading or the
	 * self-link marks.
	 */
	static String of(String html) {
		String text = withoutSelfLinks(html).replaceAll("(?s)<h[1-6][^>]*>.*?</h[1-6]>", " ")
			.replaceAll("</?(p|li|ul|ol|blockquote|table|thead|tbody|tr|td|th|br|hr)\\b[^>]*>", " ");
		return plain(text);
	}

	/**
	 * The words of the section's heading as the page shows them (curly apostrophes
	 * included), or null when it has none.
	 */
	static String heading(String html) {
		Matcher heading = HEADING.matcher(withoutSelfLinks(html));
		return heading.find() ? plain(heading.group(1)) : null;
	}

	private static String withoutSelfLinks(String html) {
		return html.replaceAll("<a class=\"self-link\"[^>]*>[^<]*</a>", "");
	}

	private static String plain(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip();
	}

}
