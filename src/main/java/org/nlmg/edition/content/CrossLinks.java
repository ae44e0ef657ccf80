package org.nlmg.edition.content;

import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.nlmg.edition.model.ContentKind;

import org.springframework.web.util.HtmlUtils;

/**
 * How a cross-link stands in stored HTML, and how stored HTML is adapted for one reader.
 * Both live here so that the format written at load and the format read at request time
 * cannot drift apart.
 */
public final class CrossLinks {

	/**
	 * A cross-link as written: the chapter that introduces its target lets a page unlink
	 * it for a reader who has not reached it.
	 */
	private static final Pattern CROSS_LINK = Pattern
		.compile("<a href=\"([^\"]*)\" class=\"(xref xref-[a-z]+)\"(?: data-chapter=\"([0-9]+)\")?>(.*?)</a>");

	/** Any other link to a page of the site (Markdown links, written by flexmark). */
	private static final Pattern INTERNAL_LINK = Pattern.compile("href=\"(/[^\"]*)\"");

	/** A resolved cross-link, as the renderer writes it. */
	record Resolved(String href, String label, ContentKind kind, Integer introducedIn) {
	}

	private CrossLinks() {
	}

	static String html(Resolved link) {
		return "<a href=\"" + Escaping.escapeHtml(link.href(), false) + "\" class=\"xref xref-"
				+ link.kind().linkPrefix() + "\""
				+ ((link.introducedIn() != null) ? " data-chapter=\"" + link.introducedIn() + "\"" : "") + ">"
				+ Escaping.escapeHtml(link.label(), false) + "</a>";
	}

	/**
	 * Prepares stored prose for one reader: a cross-link to something the reader may not
	 * see becomes plain text (it would only lead to a gate), and every other link to the
	 * site goes through {@code address}, which can carry the reader's position on.
	 * @param shown whether the reader may see something introduced in the given chapter
	 * @param address what a link to the site should point to for this reader
	 */
	public static String forReader(String html, IntPredicate shown, UnaryOperator<String> address) {
		Matcher crossLinks = CROSS_LINK.matcher(html);
		StringBuilder result = new StringBuilder();
		int end = 0;
		while (crossLinks.find()) {
			result.append(carry(html.substring(end, crossLinks.start()), address));
			String chapter = crossLinks.group(3);
			if (chapter != null && !shown.test(Integer.parseInt(chapter))) {
				result.append("<span class=\"")
					.append(crossLinks.group(2))
					.append(" later\">")
					.append(crossLinks.group(4))
					.append("</span>");
			}
			else {
				result.append(carry(crossLinks.group(), address));
			}
			end = crossLinks.end();
		}
		return result.append(carry(html.substring(end), address)).toString();
	}

	private static String carry(String html, UnaryOperator<String> address) {
		Matcher links = INTERNAL_LINK.matcher(html);
		StringBuilder result = new StringBuilder();
		while (links.find()) {
			String target = HtmlUtils.htmlUnescape(links.group(1));
			links.appendReplacement(result,
					Matcher.quoteReplacement("href=\"" + HtmlUtils.htmlEscape(address.apply(target)) + "\""));
		}
		return links.appendTail(result).toString();
	}

}
