package org.nlmg.edition.address;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Walks a running edition over HTTP, as a reader's browser would, from its home and list
 * pages along every link, at the whole-book position.
 */
public final class SiteCrawler {

	/** Where a walk starts: every page is linked from one of these. */
	static final List<String> STARTS = List.of("/", "/chapters", "/characters", "/themes", "/symbols", "/glossary",
			"/sources");

	private static final int MOST_REDIRECTS = 5;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final URI base;

	public SiteCrawler(URI base) {
		this.base = base;
	}

	/** Every page the walk reaches, by path, in path order. */
	public Map<String, SitePage> crawl() {
		Map<String, SitePage> pages = new TreeMap<>();
		Deque<String> queue = new ArrayDeque<>(STARTS);
		while (!queue.isEmpty()) {
			String path = queue.pop();
			if (pages.containsKey(path)) {
				continue;
			}
			Response response = get(path);
			if (response.status() == 200 && response.html() != null) {
				SitePage page = SitePage.of(path, response.html());
				pages.put(path, page);
				page.links().stream().filter((link) -> !pages.containsKey(link)).forEach(queue::add);
			}
		}
		return pages;
	}

	/**
	 * The page an address leads to, following the edition's permanent redirects (an old
	 * name of a page), or empty when it leads nowhere.
	 */
	public Optional<SitePage> resolve(String path) {
		String current = path;
		for (int hop = 0; hop <= MOST_REDIRECTS; hop++) {
			Response response = get(current);
			if (response.status() == 200 && response.html() != null) {
				return Optional.of(SitePage.of(current, response.html()));
			}
			if (response.status() != 301 || response.location() == null || !response.location().startsWith("/")) {
				return Optional.empty();
			}
			current = response.location();
		}
		return Optional.empty();
	}

	private Response get(String path) {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path)).GET().build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
			return new Response(response.statusCode(), html ? response.body() : null,
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + path + " from " + this.base, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + path, ex);
		}
	}

	private record Response(int status, String html, String location) {
	}

}
