package org.nlmg.edition.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nlmg.edition.system.RawHttp.Answer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed-seed fuzz of the running edition: about 1,500 generated hostile requests, sent
 * byte for byte on a real loopback port so that malformed ones reach Tomcat. Whatever
 * arrives, the answer is the edition's own: never a 500, never the request's markup
 * echoed, never a stack trace, a class name or Tomcat's page, and nothing logged as an
 * error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTests {

	private static final int REQUESTS = 1500;

	private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

	/** Markup a reflected-script attack would need to see come back unescaped. */
	private static final String[] MARKUP = { "<script>alert(18)</script>", "\"><svg onload=alert(18)>",
			"<img src=x onerror=alert(18)>", "'><iframe src=javascript:alert(18)>" };

	private static final Pattern REFLECTED = Pattern.compile("<script>alert|<svg onload|onerror=alert|<iframe src");

	private static final Pattern INTERNALS = Pattern.compile(
			"org\\.(springframework|apache|nlmg|hibernate|h2)|java\\.[a-z]+\\.|jakarta\\.|Exception|\\tat |Apache Tomcat");

	private static final String[] PATHS = { "/", "/chapters", "/chapters/1", "/chapters/23", "/characters",
			"/characters/ruth", "/characters/relationships", "/themes", "/symbols", "/glossary", "/sources", "/quizzes",
			"/quizzes/chapter-1", "/key-phrases", "/summary", "/about", "/search", "/reading-position",
			"/css/edition.css", "/js/edition.js", "/error", "/no-such-page" };

	private static final String[] ODD_PATHS = { "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fx",
			"/chapters/%2F..%2F..", "/css/../x", "/css/..", "/css/%2e%2e/x", "/js/../../x", "//evil.example/x",
			"/\\evil.example", "/%5C%5Cevil.example", "/a%00b", "/%00", "/chapters/1%00.html", "/%C0%AF", "/%FF%FE",
			"/%E2%82", "/characters/%ED%A0%80", "/;jsessionid=1", "/chapters;x=1/1", "/./chapters/./1", "/CHAPTERS/01/",
			"/chapters/0", "/chapters/-1", "/chapters/99999999999999999999", "/%25", "/%", "/%zz", "/~", "/*", "/a b" };

	private static final String[] UPTO = { "0", "-1", "24", "99999999999999999999", "1e3", "3.5", "%00", "", "all",
			"ALL", "3,4", "3&upto=5", "%C0%AF", "%FF", "9%3B%20drop%20table", "٣", "%EF%BC%93" };

	private static final String[] METHODS = { "GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "DELETE", "OPTIONS",
			"TRACE", "PATCH", "PROPFIND", "CONNECT", "G@T", "get", "GET GET" };

	private static final String[] HOSTS = { "localhost", "evil.example", "<script>alert(18)</script>", "",
			"localhost:99999", "a".repeat(300), "[::1", "localhost, evil.example", "évil.example" };

	private static final String[] CONTENT_TYPES = { "application/x-www-form-urlencoded", "multipart/form-data",
			"multipart/form-data; boundary=", "multipart/form-data; boundary=xyz", "application/json", "text/xml",
			"garbage/;;;", "application/x-www-form-urlencoded; charset=klingon", "" };

	@LocalServerPort
	private int port;

	@Test
	void hostileRequestsGetTheEditionsOwnSafeAnswers(CapturedOutput output) throws IOException {
		Random random = new Random(18);
		long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
		List<String> problems = new ArrayList<>();
		int sent = 0;
		while (sent < REQUESTS && System.nanoTime() < deadline) {
			byte[] request = request(random);
			Answer answer = RawHttp.send(this.port, request);
			sent++;
			String problem = problem(answer);
			if (problem != null && problems.size() < 20) {
				problems.add(problem + " for: " + shortly(new String(request, StandardCharsets.ISO_8859_1)));
			}
		}
		assertThat(sent).as("requests sent in %s", TIME_LIMIT).isEqualTo(REQUESTS);
		assertThat(problems).isEmpty();
		assertThat(output).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	private static String problem(Answer answer) {
		if (answer.status() >= 500 && answer.status() != 501 && answer.status() != 505) {
			return "status " + answer.status();
		}
		if (REFLECTED.matcher(answer.raw()).find()) {
			return "markup reflected";
		}
		Matcher internals = INTERNALS.matcher(answer.raw());
		if (internals.find()) {
			int from = Math.max(0, internals.start() - 80);
			return "internals shown: "
					+ shortly(answer.raw().substring(from, Math.min(answer.raw().length(), from + 200)));
		}
		return null;
	}

	private static byte[] request(Random random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String method = pick(random, METHODS);
		out.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(target(random));
		out.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
		StringBuilder headers = new StringBuilder();
		if (random.nextInt(20) > 0) {
			headers.append("Host: ")
				.append((random.nextInt(3) == 0) ? pick(random, HOSTS) : "localhost")
				.append("\r\n");
		}
		headers.append("Accept: ")
			.append(pick(random, new String[] { "text/html", "*/*", "application/json", "text/plain", "<script>" }))
			.append("\r\n");
		if (random.nextInt(3) == 0) {
			headers.append("Cookie: ").append(cookie(random)).append("\r\n");
		}
		if (random.nextInt(6) == 0) {
			headers.append("Sec-Fetch-Site: cross-site\r\nOrigin: https://evil.example\r\n");
		}
		byte[] body = (random.nextInt(3) == 0 || method.startsWith("P")) ? body(random) : new byte[0];
		if (body.length > 0) {
			headers.append("Content-Type: ").append(pick(random, CONTENT_TYPES)).append("\r\n");
			headers.append("Content-Length: ").append(body.length).append("\r\n");
		}
		headers.append("Connection: close\r\n\r\n");
		out.writeBytes(headers.toString().getBytes(StandardCharsets.UTF_8));
		out.writeBytes(body);
		return out.toByteArray();
	}

	private static byte[] target(Random random) {
		String path = switch (random.nextInt(5)) {
			case 0 -> pick(random, ODD_PATHS);
			case 1 -> pick(random, PATHS) + "/" + pick(random, MARKUP);
			case 2 -> "/" + "a/".repeat(random.nextInt(4000));
			default -> pick(random, PATHS);
		};
		String query = switch (random.nextInt(7)) {
			case 0 -> "upto=" + pick(random, UPTO);
			case 1 -> "q=" + pick(random, MARKUP);
			case 2 -> "q=" + encoded(pick(random, MARKUP)) + "&upto=" + pick(random, UPTO);
			case 3 -> "upto=" + pick(random, UPTO) + "&remember=1";
			case 4 -> "x=" + "y".repeat(random.nextInt(12_000));
			case 5 -> "reveal=" + pick(random, MARKUP) + "&upto=3";
			default -> null;
		};
		if (path.startsWith("/search") && random.nextBoolean()) {
			query = "q=" + encoded(pick(random, MARKUP));
		}
		String target = path + ((query != null) ? "?" + query : "");
		byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
		if (random.nextInt(15) == 0) {
			// Raw bytes no address may hold: a NUL, invalid UTF-8, a control character.
			bytes = (target + pick(random, new String[] { "\0", "\u00ff\u00fe", "\u0001", "\u00c3" }))
				.getBytes(StandardCharsets.ISO_8859_1);
		}
		return bytes;
	}

	private static String cookie(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> "upto=" + pick(random, UPTO);
			case 1 -> "upto=" + pick(random, MARKUP);
			case 2 -> "upto=" + "9".repeat(random.nextInt(6000));
			case 3 -> "=;;=; upto; =upto";
			default -> "upto=3; other=\"" + pick(random, MARKUP) + "\"";
		};
	}

	private static byte[] body(Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> {
				byte[] garbage = new byte[random.nextInt(2000)];
				random.nextBytes(garbage);
				yield garbage;
			}
			case 1 -> ("a=" + "b".repeat(200_000)).getBytes(StandardCharsets.US_ASCII);
			case 2 -> ("upto=3&return=" + pick(random, ODD_PATHS) + "&q=" + encoded(pick(random, MARKUP)))
				.getBytes(StandardCharsets.UTF_8);
			case 3 -> "--xyz\r\nContent-Disposition: form-data; name=\"upto\"\r\n\r\n3\r\n--xyz--\r\n"
				.getBytes(StandardCharsets.US_ASCII);
			default -> ("question-1=" + pick(random, MARKUP) + "&reveal=1").getBytes(StandardCharsets.UTF_8);
		};
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String pick(Random random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static String shortly(String text) {
		String line = text.replaceAll("[\\r\\n]+", " | ").toLowerCase(Locale.ROOT);
		return (line.length() > 300) ? line.substring(0, 300) + "..." : line;
	}

}
