package org.nlmg.edition.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nlmg.edition.address.AddressBook;
import org.nlmg.edition.address.SiteCrawler;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.entry.RedirectRepository;
import org.nlmg.edition.reading.FirstVisit;
import org.nlmg.edition.reading.ReadingPosition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Exports the real content/, serves the export with Debian's nginx on loopback and reads
 * it as classes would: at several reading positions, every link works, nothing from a
 * later chapter shows, and every page is the edition's own bytes. nginx is required when
 * CI=true; elsewhere these tests are skipped without it.
 */
@Tag("nginx")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticExportTests {

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private static final int NGINX_PORT = freePort();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private RedirectRepository redirects;

	@Autowired
	private ChapterRepository chapters;

	private Path work;

	private Process nginx;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("edition.content", () -> "file:content/");
		// The export is read at nginx's address, so its citations name that address.
		registry.add("edition.site-address", StaticExportTests::nginxAddress);
	}

	@BeforeAll
	void exportAndServe(@TempDir Path work) throws Exception {
		this.work = work;
		// nginx's workers run as an unprivileged user, which must reach the export.
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
		if (!Files.isExecutable(NGINX)) {
			String message = "nginx is not installed (Debian: apt-get install nginx), so the export is not served";
			if ("true".equals(System.getenv("CI"))) {
				fail(message + "; it is required when CI=true.");
			}
			abort(message + "; skipping the export tests.");
		}
		Path site = this.work.resolve("site");
		new StaticExport(URI.create("http://localhost:" + this.port), site).write("127.0.0.1:" + NGINX_PORT,
				ExportCommand.redirects(this.redirects));
		Path conf = this.work.resolve("nginx.conf");
		Files.writeString(conf, """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log;
				events {}
				http {
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    include %2$s;
				}
				""".formatted(this.work, site.resolve("edition.conf")));
		this.nginx = new ProcessBuilder(NGINX.toString(), "-c", conf.toString(), "-p", this.work.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("nginx.out").toFile())
			.start();
		for (int attempt = 0; !listening(); attempt++) {
			assertThat(this.nginx.isAlive()).as("nginx started: " + Files.readString(this.work.resolve("nginx.out")))
				.isTrue();
			assertThat(attempt).as("nginx listening within 10 s").isLessThan(200);
			Thread.sleep(50);
		}
	}

	@AfterAll
	void stopNginx() {
		if (this.nginx != null) {
			this.nginx.destroy();
		}
	}

	/**
	 * A class reading the export at a position meets the same pages as in the edition,
	 * byte for byte, with no broken link and no chapter beyond the position.
	 */
	@ParameterizedTest(name = "upto={0}")
	@ValueSource(strings = { "", "1", "5", "9", "17" })
	void aClassReadingTheExportAtAPositionSeesTheEditionsPages(String upto) throws Exception {
		String query = upto.isEmpty() ? "" : "?" + ReadingPosition.PARAMETER + "=" + upto;
		Map<String, Document> pages = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/" + query));
		while (!queue.isEmpty()) {
			String address = queue.poll();
			if (pages.containsKey(address)) {
				continue;
			}
			HttpResponse<byte[]> served = get(nginxAddress(), address, "identity");
			if (served.statusCode() != 200) {
				problems.add(address + " answered " + served.statusCode() + " from nginx");
				pages.put(address, null);
				continue;
			}
			// The export is made as for a reader who has been asked how far they have
			// read.
			byte[] edition = this.client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + address))
					.header("Accept", "text/html")
					.header("Cookie", FirstVisit.COOKIE + "=1")
					.build(), HttpResponse.BodyHandlers.ofByteArray())
				.body();
			if (!Arrays.equals(served.body(), edition)) {
				problems.add(address + " differs from the edition's page");
			}
			Document page = Jsoup.parse(new String(served.body(), StandardCharsets.UTF_8));
			pages.put(address, page);
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href").replaceFirst("#.*", "");
				boolean ours = href.startsWith("/") && !href.startsWith("//");
				// Searches, citations (dated the day they are asked for), QR codes and
				// lessons need the running edition.
				boolean live = href.startsWith("/search") || href.startsWith("/cite") || href.startsWith("/qr.")
						|| href.startsWith("/lesson");
				if (ours && !live && !href.contains(ReadingPosition.REVEAL_PARAMETER + "=")) {
					queue.add(href);
				}
			}
		}
		if (!upto.isEmpty()) {
			int position = Integer.parseInt(upto);
			this.chapters.findAll().stream().filter((chapter) -> chapter.getNumber() > position).forEach((later) -> {
				pages.forEach((address, page) -> {
					boolean linked = page != null && page.select("a[href]")
						.stream()
						.anyMatch((link) -> link.attr("href").startsWith(later.getUrl() + "?"));
					if (linked || (page != null && page.text().contains(later.getTitle()))) {
						problems.add(address + " shows chapter " + later.getNumber() + " to a class at " + upto);
					}
				});
			});
		}
		assertThat(pages).as("pages read").hasSizeGreaterThan(30);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRecordedAddressResolvesOnTheExportToo() throws IOException {
		List<AddressBook.Broken> broken = AddressBook.read(Path.of("content", AddressBook.FILE))
			.check(new SiteCrawler(URI.create(nginxAddress()))::resolve);
		assertThat(broken).isEmpty();
	}

	@Test
	void theExportTravelsCompressedAndRevalidates() throws Exception {
		HttpResponse<byte[]> gzipped = get(nginxAddress(), "/chapters/6?upto=9", "gzip");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gzipped.headers().firstValue("Cache-Control")).contains("no-cache");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(get(nginxAddress(), "/chapters/6?upto=9", "identity").body());
		}
		String etag = gzipped.headers().firstValue("ETag").orElseThrow();
		HttpRequest again = HttpRequest.newBuilder(URI.create(nginxAddress() + "/chapters/6?upto=9"))
			.header("Accept-Encoding", "gzip")
			.header("If-None-Match", etag)
			.build();
		assertThat(this.client.send(again, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(304);
	}

	/** A security review finds the same headers on the static host as on the edition. */
	@Test
	void theExportSendsTheEditionsSecurityHeaders() throws Exception {
		HttpHeaders edition = get("http://localhost:" + this.port, "/chapters/6", "identity").headers();
		assertThat(edition.firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("script-src 'self'").contains("frame-ancestors"));
		for (String address : List.of("/chapters/6", "/chapters/6?upto=3", "/no-such-page", "/search?q=x")) {
			HttpHeaders exported = get(nginxAddress(), address, "identity").headers();
			for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
					"Permissions-Policy", "X-Frame-Options")) {
				assertThat(exported.allValues(name)).as(name + " on " + address)
					.isEqualTo(edition.allValues(name))
					.isNotEmpty();
			}
		}
		String stylesheet = Jsoup.parse(new String(get(nginxAddress(), "/", "identity").body(), StandardCharsets.UTF_8))
			.select("link[rel=stylesheet]")
			.attr("href");
		assertThat(get(nginxAddress(), stylesheet, "identity").headers().firstValue("X-Content-Type-Options"))
			.contains("nosniff");
	}

	/**
	 * The "I've read up to" form works on the static host too: the page at the position,
	 * remembered in the same cookie, which then picks the page for a bare address.
	 */
	@Test
	void theReadingPositionFormWorksOnTheExport() throws Exception {
		HttpResponse<byte[]> set = get(nginxAddress(), "/chapters/12?upto=9&remember=1", "identity");
		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(set.body())
			.isEqualTo(get("http://localhost:" + this.port, "/chapters/12?upto=9", "identity").body());
		String cookie = set.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith(ReadingPosition.COOKIE + "=9;").contains("Max-Age=31536000");
		HttpRequest remembered = HttpRequest.newBuilder(URI.create(nginxAddress() + "/chapters/12"))
			.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
			.build();
		assertThat(this.client.send(remembered, HttpResponse.BodyHandlers.ofByteArray()).body()).isEqualTo(set.body());
		assertThat(
				get(nginxAddress(), "/chapters/12?upto=all&remember=1", "identity").headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cleared) -> assertThat(cleared).contains("Max-Age=0"));
		HttpRequest fromElsewhere = HttpRequest
			.newBuilder(URI.create(nginxAddress() + "/chapters/12?upto=3&remember=1"))
			.header("Sec-Fetch-Site", "cross-site")
			.build();
		assertThat(this.client.send(fromElsewhere, HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void unknownPositionsAndAddressesGetTheEditionsOwn404() throws Exception {
		for (String address : List.of("/chapters/6?upto=abc", "/no-such-page", "/search?q=tommy")) {
			HttpResponse<byte[]> response = get(nginxAddress(), address, "identity");
			assertThat(response.statusCode()).as(address).isEqualTo(404);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(address).contains("<main");
		}
	}

	private HttpResponse<byte[]> get(String base, String address, String coding) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + address))
			.header("Accept", "text/html")
			.header("Accept-Encoding", coding)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String nginxAddress() {
		return "http://127.0.0.1:" + NGINX_PORT;
	}

	private static boolean listening() {
		try (Socket socket = new Socket("127.0.0.1", NGINX_PORT)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
