package org.nlmg.edition.address;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page as the edition serves it: every id on it, the ids it publishes (those in its
 * main content, with a hint of their words), and the links it makes to other pages of the
 * edition. Read from the edition's own HTML, whose shape the edition controls.
 */
public record SitePage(String path, Set<String> ids, Map<String, String> published, Set<String> links) {

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

	private static final Pattern BLOCK = Pattern.compile("<(h[1-6]|p|li)\\b[^>]*\\sid=\"([^\"]+)\"[^>]*>(.*?)</\\1>",
			Pattern.DOTALL);

	private static final Pattern HREF = Pattern.compile("\\shref=\"(/[^\"]*)\"");

	private static final int HINT_HEAD = 10;

	private static final int HINT_TAIL = 5;

	static SitePage of(String path, String html) {
		Set<String> ids = new LinkedHashSet<>();
		Matcher id = ID.matcher(html);
		while (id.find()) {
			ids.add(id.group(1));
		}
		int start = html.indexOf("<main");
		int end = html.lastIndexOf("</main>");
		String main = (start >= 0 && end > start) ? html.substring(start, end) : "";
		Map<String, String> hints = new LinkedHashMap<>();
		Matcher block = BLOCK.matcher(main);
		while (block.find()) {
			hints.put(block.group(2), hint(block.group(3)));
		}
		Map<String, String> published = new LinkedHashMap<>();
		Matcher inMain = ID.matcher(main);
		while (inMain.find()) {
			published.put(inMain.group(1), hints.getOrDefault(inMain.group(1), ""));
		}
		Set<String> links = new LinkedHashSet<>();
		Matcher href = HREF.matcher(html);
		while (href.find()) {
			String link = href.group(1).replace("&amp;", "&");
			int hash = link.indexOf('#');
			link = (hash >= 0) ? link.substring(0, hash) : link;
			// Links that carry a query are the same pages for a reading position, or
			// searches: neither is an address of its own.
			if (!link.startsWith("//") && !link.contains("?") && !link.isEmpty()) {
				links.add(link);
			}
		}
		return new SitePage(path, ids, published, links);
	}

	/** The first and last words of a block's text, without its § or ¶ mark. */
	static String hint(String html) {
		String text = html.replaceAll("<a class=\"(self|cite)-link\"[^>]*>.*?</a>", " ")
			.replaceAll("<[^>]+>", " ")
			.replace("&rsquo;", "’")
			.replace("&lsquo;", "‘")
			.replace("&ldquo;", "“")
			.replace("&rdquo;", "”")
			.replace("&hellip;", "…")
			.replace("&ndash;", "–")
			.replace("&mdash;", "—")
			.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replaceAll("&[a-z#0-9]+;", " ");
		List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
		words.removeIf(String::isEmpty);
		if (words.size() <= HINT_HEAD + HINT_TAIL) {
			return String.join(" ", words);
		}
		return String.join(" ", words.subList(0, HINT_HEAD)) + " … "
				+ String.join(" ", words.subList(words.size() - HINT_TAIL, words.size()));
	}

}
