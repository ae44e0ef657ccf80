package org.nlmg.edition.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nlmg.edition.content.EditionProperties;
import org.nlmg.edition.reading.FirstVisit;
import org.nlmg.edition.reading.ReadingPosition;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages never change while the edition runs, so each is rendered once for everything it
 * depends on (its address, the reading position from link or cookie, "show them", the
 * host it is cited at unless a site address is set, whether it is a first visit, and the
 * day it is accessed) and then served as stored bytes, plain, gzipped or in brotli, with
 * no query and no template. ETags name the bytes, so a browser that has a page gets a
 * bodiless 304.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
@EnableConfigurationProperties({ DeliveryProperties.class, EditionProperties.class })
class RenderedPageCache extends OncePerRequestFilter {

	/** The only query parameters a page depends on; any other is served uncached. */
	private static final Set<String> PAGE_PARAMETERS = Set.of(ReadingPosition.PARAMETER,
			ReadingPosition.REVEAL_PARAMETER);

	private static final Set<String> UNCACHED_PREFIXES = Set.of("/css/", "/js/", "/search", "/reading-position",
			"/cite", "/error");

	private final Cache<String, StoredPage> pages;

	/** Pages being rendered now, so that each is rendered once however many ask. */
	private final ConcurrentMap<String, CompletableFuture<StoredPage>> rendering = new ConcurrentHashMap<>();

	/**
	 * Whether pages cite the configured site address, whatever host they were asked at.
	 */
	private final boolean citesSiteAddress;

	RenderedPageCache(DeliveryProperties properties, EditionProperties edition) {
		this.citesSiteAddress = edition.siteAddress() != null;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.pageCacheSize().toBytes())
			.weigher((String key, StoredPage page) -> key.length() * 2 + page.size())
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		StoredPage page = this.pages.getIfPresent(key);
		if (page == null) {
			// A class opening the same page at once waits for one rendering of it.
			CompletableFuture<StoredPage> mine = new CompletableFuture<>();
			CompletableFuture<StoredPage> theirs = this.rendering.putIfAbsent(key, mine);
			if (theirs != null) {
				page = theirs.join();
				if (page == null) {
					chain.doFilter(request, response);
					return;
				}
			}
			else {
				try {
					page = render(key, request, response, chain);
				}
				finally {
					mine.complete(page);
					this.rendering.remove(key, mine);
				}
				if (page == null) {
					return;
				}
			}
		}
		serve(page, request, response);
	}

	/**
	 * Renders a page and stores it, or sends it as it is when it is not a page to keep.
	 */
	private StoredPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// A cookie set before the store (the first visit's) goes with every copy; one set
		// while rendering belongs to this request only.
		int cookiesBefore = response.getHeaders(HttpHeaders.SET_COOKIE).size();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		String type = rendering.getContentType();
		boolean storable = rendering.getStatus() == 200 && type != null && type.startsWith("text/html")
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).size() == cookiesBefore;
		if (!storable) {
			rendering.copyBodyToResponse();
			return null;
		}
		StoredPage page = StoredPage.of(rendering.getContentAsByteArray(), type);
		this.pages.put(key, page);
		return page;
	}

	private static void serve(StoredPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ContentCoding coding = ContentCoding.negotiate(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String etag = page.etag(coding);
		// Cache-Control and Vary are set for every page (ResponseHeadersFilter).
		response.setHeader(HttpHeaders.ETAG, etag);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = page.body(coding);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (coding != ContentCoding.IDENTITY) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token());
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** What a page depends on, or null when the request is not for a storable page. */
	private String key(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read || UNCACHED_PREFIXES.stream().anyMatch(path::startsWith)) {
			return null;
		}
		TreeMap<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
		if (!PAGE_PARAMETERS.containsAll(parameters.keySet())) {
			return null;
		}
		StringBuilder key = new StringBuilder(path);
		parameters.forEach((name, values) -> key.append('|').append(name).append('=').append(Arrays.toString(values)));
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			Arrays.stream(cookies)
				.filter((cookie) -> ReadingPosition.COOKIE.equals(cookie.getName()))
				.forEach((cookie) -> key.append("|cookie=").append(cookie.getValue()));
		}
		// A first visit's page asks how far the reader has read.
		if (FirstVisit.is(request)) {
			key.append("|first");
		}
		// "Cite this page" prints the address the page was read at and the day; with a
		// site address set, any Host header a client sends reaches the same stored page.
		if (!this.citesSiteAddress) {
			key.append("|host=").append(request.getServerName()).append(':').append(request.getServerPort());
		}
		return key.append("|day=").append(LocalDate.now()).toString();
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
			.map((tag) -> tag.strip().replaceFirst("^W/", ""))
			.anyMatch((tag) -> tag.equals(etag) || tag.equals("*"));
	}

	/**
	 * One rendered page, as stored: its bytes in every coding, made once, and the hash
	 * that names them.
	 */
	record StoredPage(Map<ContentCoding, byte[]> bodies, String contentType, String hash) {

		static StoredPage of(byte[] plain, String contentType) {
			Map<ContentCoding, byte[]> bodies = new EnumMap<>(ContentCoding.class);
			for (ContentCoding coding : ContentCoding.values()) {
				bodies.put(coding, coding.encode(plain));
			}
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
				return new StoredPage(bodies, contentType, HexFormat.of().formatHex(digest, 0, 12));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every Java runtime has SHA-256", ex);
			}
		}

		byte[] body(ContentCoding coding) {
			return this.bodies.get(coding);
		}

		/** A strong ETag for each coding, since each is a different representation. */
		String etag(ContentCoding coding) {
			return "\"" + this.hash + coding.fileSuffix().replace('.', '-') + "\"";
		}

		int size() {
			return this.bodies.values().stream().mapToInt((body) -> body.length).sum();
		}

	}

}
