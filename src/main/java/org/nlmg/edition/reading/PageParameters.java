package org.nlmg.edition.reading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

/**
 * The query parameters besides the position that say what a page shows: a search's words,
 * the page a citation is of, a lesson's sections. Setting a position keeps them, so "Set"
 * on a citation or a lesson comes back to the same citation or lesson.
 */
public final class PageParameters {

	/** For each page that has them, the parameters that say what it shows. */
	private static final Map<String, Set<String>> NAMES = Map.of("/search", Set.of("q", "kind"), "/cite",
			Set.of("path", "anchor"), "/lesson", Set.of("title", "note", "s"), "/lesson/build",
			Set.of("title", "note", "s"));

	private PageParameters() {
	}

	/** The page's parameters, in the order of the request, each value on its own. */
	public static List<Map.Entry<String, String>> of(HttpServletRequest request) {
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		Set<String> names = NAMES.getOrDefault(request.getRequestURI(), Set.of());
		request.getParameterMap().forEach((name, values) -> {
			if (names.contains(name)) {
				for (String value : values) {
					kept.add(Map.entry(name, value));
				}
			}
		});
		return kept;
	}

	/** The path with the page's parameters, encoded, and no position. */
	static String address(String path, HttpServletRequest request) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		of(request).forEach((parameter) -> query.add(parameter.getKey() + "=" + encoded(parameter.getValue())));
		return path + query;
	}

	/**
	 * Encoded as the edition's own links are, a slash left as it is; "+" is not a space.
	 */
	private static String encoded(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
	}

}
