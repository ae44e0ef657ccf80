package org.nlmg.edition.entry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nlmg.edition.model.Entry;
import org.nlmg.edition.reading.ReadingPosition;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Beside each ¶ and § mark, a link to the citation of that paragraph or section. It shows
 * once the mark is followed (the block is the target), so a paragraph stays one Tab stop.
 */
final class CiteLinks {

	/** The self-link the renderer writes (content.EditionRendererExtension). */
	private static final Pattern MARK = Pattern
		.compile("<a class=\"self-link\" href=\"#([^\"]+)\" aria-label=\"[^\"]*\">(¶|§)</a>");

	private CiteLinks() {
	}

	static String add(String html, Entry entry, ReadingPosition position) {
		String url = entry.getUrl();
		String path = (url.indexOf('#') >= 0) ? url.substring(0, url.indexOf('#')) : url;
		Matcher mark = MARK.matcher(html);
		StringBuilder out = new StringBuilder();
		while (mark.find()) {
			String cite = position.link(UriComponentsBuilder.fromPath("/cite")
				.queryParam("path", path)
				.queryParam("anchor", mark.group(1))
				.encode()
				.build()
				.toUriString());
			String what = "¶".equals(mark.group(2)) ? "paragraph" : "section";
			mark.appendReplacement(out, Matcher.quoteReplacement(mark.group() + "<a class=\"cite-link\" href=\""
					+ cite.replace("&", "&amp;") + "\" aria-label=\"Cite this " + what + "\">Cite</a>"));
		}
		return mark.appendTail(out).toString();
	}

}
