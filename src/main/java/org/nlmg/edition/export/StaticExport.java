package org.nlmg.edition.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.nlmg.edition.address.SiteCrawler;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.reading.FirstVisit;
import org.nlmg.edition.reading.ReadingPosition;
import org.nlmg.edition.system.ContentCoding;

/**
 * Writes a running edition to a folder as a static site: every page for the whole book
 * and for every reading position a link can carry, each beside its {@code .gz} and
 * {@code .br} siblings, with the stylesheet, the script, the sitemap and an nginx
 * configuration that serves them at the edition's own addresses. The bytes are the
 * edition's own, read over HTTP, so the export cannot drift from what the edition serves.
 */
public final class StaticExport {

	/** Files a static host needs besides the pages, when the edition has them. */
	private static final List<String> EXTRA_FILES = List.of("/sitemap.xml", "/robots.txt");

	/** An address no page has, to keep the edition's own 404 page. */
	static final String MISSING = "/no-such-page-in-the-edition";

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js)/[^\"?#]+)\"");

	private static final String REVEAL_LINK = ReadingPosition.REVEAL_PARAMETER + "=1";

	/** The edition's security headers, which a static host sends as the edition does. */
	private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
			"Referrer-Policy", "Permissions-Policy", "X-Frame-Options");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final URI base;

	private final Path folder;

	private final AtomicLong files = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	public StaticExport(URI base, Path folder) {
		this.base = base;
		this.folder = folder;
	}

	/**
	 * The readings of {@code upto} a link can carry: none, "all", every chapter, and one
	 * past the end (which the edition answers with a notice, the same for any number past
	 * it).
	 */
	static List<String> positions() {
		return Stream
			.concat(Stream.of("", "all"), IntStream.rangeClosed(1, Part.LAST_CHAPTER + 1).mapToObj(String::valueOf))
			.toList();
	}

	/** The file a page is stored under for a reading of {@code upto} and "show them". */
	static String fileOf(String path, String upto, boolean revealed) {
		String folder = path.equals("/") ? "" : path.substring(1) + "/";
		return folder + "index" + (upto.isEmpty() ? "" : ".upto-" + upto) + (revealed ? ".reveal" : "") + ".html";
	}

	/** Writes the whole edition and returns what was written. */
	public Summary write(String nginxListen, Map<String, String> redirects) {
		Set<String> paths = new SiteCrawler(this.base).crawl().keySet();
		Set<String> assets = new TreeSet<>();
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<Set<String>>> pages = new ArrayList<>();
			for (String path : paths) {
				for (String upto : positions()) {
					pages.add(pool.submit(() -> exportPage(path, upto)));
				}
			}
			for (Future<Set<String>> page : pages) {
				assets.addAll(page.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The export was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The export failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdown();
		}
		for (String asset : assets) {
			store(asset.substring(1), require(asset, 200));
		}
		for (String extra : EXTRA_FILES) {
			Fetched fetched = fetch(extra, ContentCoding.IDENTITY);
			if (fetched.status() == 200) {
				store(extra.substring(1), fetched.body());
			}
		}
		store("404.html", require(MISSING, 404));
		write("edition.conf",
				NginxConfiguration
					.of(this.folder.toAbsolutePath(), nginxListen, redirects,
							fetch("/", ContentCoding.IDENTITY).headers(SECURITY_HEADERS))
					.getBytes(StandardCharsets.UTF_8));
		return new Summary(paths.size(), this.files.get(), this.bytes.get());
	}

	private Set<String> exportPage(String path, String upto) {
		String query = upto.isEmpty() ? "" : "?" + ReadingPosition.PARAMETER + "=" + upto;
		String html = storePage(fileOf(path, upto, false), path + query);
		if (html.contains(REVEAL_LINK)) {
			storePage(fileOf(path, upto, true), path + (query.isEmpty() ? "?" : query + "&") + REVEAL_LINK);
		}
		Set<String> assets = new TreeSet<>();
		Matcher asset = ASSET.matcher(html);
		while (asset.find()) {
			assets.add(asset.group(1));
		}
		return assets;
	}

	/**
	 * A page in every coding, as the edition sends each: the first request renders and
	 * encodes it, the others are served from the edition's store of pages.
	 */
	private String storePage(String file, String address) {
		byte[] plain = require(address, 200);
		write(file, plain);
		for (ContentCoding coding : ContentCoding.values()) {
			if (coding != ContentCoding.IDENTITY) {
				Fetched encoded = fetch(address, coding);
				if (encoded.status() != 200 || !encoded.coding().equals(coding.token())) {
					throw new IllegalStateException(address + " was not sent in " + coding.token());
				}
				write(file + coding.fileSuffix(), encoded.body());
			}
		}
		return new String(plain, StandardCharsets.UTF_8);
	}

	private byte[] require(String address, int status) {
		Fetched fetched = fetch(address, ContentCoding.IDENTITY);
		if (fetched.status() != status) {
			throw new IllegalStateException(
					address + " answered " + fetched.status() + " where the export expected " + status);
		}
		return fetched.body();
	}

	private Fetched fetch(String address, ContentCoding coding) {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(address))
			.header("Accept", "text/html,*/*;q=0.8")
			.header("Accept-Encoding", coding.token())
			// A static host cannot remember having asked, so its pages never ask.
			.header("Cookie", FirstVisit.COOKIE + "=1")
			.GET()
			.build();
		try {
			HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Fetched(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Encoding").orElse(ContentCoding.IDENTITY.token()),
					response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + address + " from " + this.base, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + address, ex);
		}
	}

	/**
	 * A file and its precompressed siblings, which static hosts send as they are: for the
	 * files the edition does not store encoded.
	 */
	private void store(String file, byte[] body) {
		for (ContentCoding coding : ContentCoding.values()) {
			write(file + coding.fileSuffix(), coding.encode(body));
		}
	}

	private void write(String file, byte[] body) {
		Path target = this.folder.resolve(file);
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + target, ex);
		}
		this.files.incrementAndGet();
		this.bytes.addAndGet(body.length);
	}

	private record Fetched(int status, byte[] body, String coding, HttpHeaders all) {

		/** The named headers the answer has, in the order named. */
		Map<String, String> headers(List<String> names) {
			Map<String, String> headers = new LinkedHashMap<>();
			names.forEach((name) -> this.all.firstValue(name).ifPresent((value) -> headers.put(name, value)));
			return headers;
		}

	}

	/** What an export wrote. */
	public record Summary(int pages, long files, long bytes) {
	}

}
