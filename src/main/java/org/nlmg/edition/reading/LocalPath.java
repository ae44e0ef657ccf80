package org.nlmg.edition.reading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A path of this site, made safe to print in a page or to redirect to: dot segments
 * resolved and repeated slashes joined (so {@code //evil.example/x} is
 * {@code /evil.example/x}, never another host), and anything but the characters the
 * edition's addresses use, or far longer than they are, answered with the home page.
 */
public final class LocalPath {

	/**
	 * Longer than any address of the edition: a longer one is not followed back, and
	 * would not fit in a Location header.
	 */
	public static final int MAX_LENGTH = 1024;

	private static final Pattern PLAIN = Pattern.compile("/[A-Za-z0-9/_.-]*");

	private LocalPath() {
	}

	public static String of(String path) {
		if (path == null || path.length() > MAX_LENGTH || !PLAIN.matcher(path).matches()) {
			return "/";
		}
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				segments.pollLast();
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return "/" + String.join("/", segments);
	}

}
