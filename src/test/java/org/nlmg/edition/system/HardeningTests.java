package org.nlmg.edition.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nlmg.edition.system.RawHttp.Answer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a security review and a hostile client see, over a real port: the security headers
 * on every kind of answer, errors that are always the edition's own, and the four
 * failures a probe once found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "edition.security.frame-ancestors='self' https://vle.example.org",
				"server.forward-headers-strategy=native" })
@ExtendWith(OutputCaptureExtension.class)
class HardeningTests {

	private static final String HTML = "Accept: text/html";

	@LocalServerPort
	private int port;

	private Answer get(String target, String... headers) throws IOException {
		return RawHttp.get(this.port, target, headers);
	}

	private Answer post(String target, String body, String... headers) throws IOException {
		StringBuilder request = new StringBuilder("POST ").append(target)
			.append(" HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Content-Length: ").append(body.length()).append("\r\nConnection: close\r\n\r\n").append(body);
		return RawHttp.send(this.port, request.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void assertSecurityHeaders(Answer answer, String kind) {
		assertThat(answer.header("Content-Security-Policy")).as(kind)
			.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
					"base-uri 'none'", "frame-ancestors 'self' https://vle.example.org")
			.doesNotContain("unsafe");
		assertThat(answer.header("X-Content-Type-Options")).as(kind).isEqualTo("nosniff");
		assertThat(answer.header("Referrer-Policy")).as(kind).isEqualTo("strict-origin-when-cross-origin");
		assertThat(answer.header("Permissions-Policy")).as(kind)
			.contains("camera=()", "microphone=()", "geolocation=()");
		assertThat(answer.header("Strict-Transport-Security")).as(kind + ": plain HTTP").isNull();
	}

	@Test
	void everyKindOfAnswerCarriesTheSecurityHeaders() throws IOException {
		Answer page = get("/chapters/2", HTML);
		Answer stored = get("/chapters/2", HTML);
		Answer notModified = get("/chapters/2", HTML, "If-None-Match: " + stored.header("ETag"));
		assertThat(notModified.status()).isEqualTo(304);
		Answer notFound = get("/no-such-page", HTML);
		assertThat(notFound.status()).isEqualTo(404);
		Answer badAnswers = post("/quizzes/chapter-1", "q=" + "x".repeat(20), HTML);
		assertThat(badAnswers.status()).isEqualTo(400);
		Answer tomcat = get("/%", HTML);
		assertThat(tomcat.status()).isEqualTo(400);
		Answer stylesheet = get("/css/edition.css");
		assertThat(stylesheet.status()).isEqualTo(200);
		Answer redirect = get("/Chapters/2");
		assertThat(redirect.status()).isEqualTo(301);
		Answer health = get("/actuator/health/readiness");
		assertThat(health.status()).isEqualTo(200);
		assertSecurityHeaders(page, "page");
		assertSecurityHeaders(stored, "stored page");
		assertSecurityHeaders(notModified, "304");
		assertSecurityHeaders(notFound, "404");
		assertSecurityHeaders(badAnswers, "400");
		assertSecurityHeaders(tomcat, "Tomcat's 400");
		assertSecurityHeaders(stylesheet, "stylesheet");
		assertSecurityHeaders(redirect, "redirect");
		assertSecurityHeaders(health, "readiness probe");
	}

	@Test
	void pagesThatShowThePositionAreRevalidatedAndVaryWithTheCookie() throws IOException {
		for (Answer answer : new Answer[] { get("/chapters/3", HTML), get("/no-such-page", HTML),
				get("/search?q=ruth", HTML) }) {
			assertThat(answer.header("Cache-Control")).isEqualTo("no-cache");
			assertThat(answer.header("Vary")).containsIgnoringCase("Cookie");
		}
		assertThat(get("/css/edition.css").header("Cache-Control")).contains("immutable");
		assertThat(get("/css/edition.css").header("Vary")).doesNotContain("Cookie");
	}

	@Test
	void overHttpsTheBrowserIsToldToStayOnHttpsAndTheCookieIsSecure() throws IOException {
		// What a proxy that ends TLS tells the edition (server.forward-headers-strategy).
		Answer answer = post("/reading-position", "upto=3&return=/chapters/1", "X-Forwarded-Proto: https");
		assertThat(answer.header("Set-Cookie")).contains("; Secure");
		assertThat(answer.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
		assertThat(post("/reading-position", "upto=3&return=/chapters/1").header("Set-Cookie"))
			.doesNotContain("Secure");
	}

	@Test
	void thePositionFormRefusesOtherSites() throws IOException {
		for (String header : new String[] { "Sec-Fetch-Site: cross-site", "Origin: https://evil.example",
				"Origin: null" }) {
			Answer answer = post("/reading-position", "upto=3&return=/chapters/1", HTML, header);
			assertThat(answer.status()).as(header).isEqualTo(403);
			assertThat(answer.header("Set-Cookie")).as(header).isNull();
			assertThat(answer.body()).as(header).contains("Your reading position was not changed");
		}
		Answer own = post("/reading-position", "upto=3&return=/chapters/1", "Origin: http://localhost:" + this.port,
				"Sec-Fetch-Site: same-origin");
		assertThat(own.status()).isEqualTo(302);
		assertThat(own.header("Set-Cookie")).startsWith("upto=3");
	}

	@Test
	void aReturnAddressWithDotSegmentsIsResolvedNotAFailure() throws IOException {
		Answer answer = post("/reading-position", "upto=3&return=/../x");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("Location")).isEqualTo("/x?upto=3");
		assertThat(post("/reading-position", "upto=3&return=//evil.example/x").header("Location"))
			.isEqualTo("/evil.example/x?upto=3");
	}

	@Test
	void theNotFoundPageLinksOnlyToThisSite() throws IOException {
		Answer answer = get("//evil.example/x", HTML, "Cookie: upto=3");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain("\"//evil").contains("href=\"/evil.example/x?upto=3\"");
	}

	@Test
	void anErrorPageAtAStylesheetAddressIsShownWhole(CapturedOutput output) throws IOException {
		for (Answer answer : new Answer[] { get("/css/../x", HTML, "Cookie: upto=3"), get("/css/../x?upto=3", HTML),
				get("/x/css/../y?upto=3", HTML) }) {
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.body()).contains("</html>");
		}
		assertThat(output).doesNotContain("\tat org.");
	}

	@Test
	void aMultipartRequestWithoutABoundaryIsNotLoggedAsAnError(CapturedOutput output) throws IOException {
		byte[] request = ("GET /chapters/1?remember=1 HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: multipart/form-data\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
			.getBytes(StandardCharsets.UTF_8);
		Answer answer = RawHttp.send(this.port, request);
		assertThat(answer.status()).isLessThan(500);
		assertThat(output).doesNotContain("FileUploadException").doesNotContain("ERROR");
	}

	@Test
	void clientsThatDoNotAskForAPageGetPlainText() throws IOException {
		for (String[] headers : new String[][] { { "Accept: */*" }, {}, { "Accept: application/json" } }) {
			Answer answer = get("/no-such-page", headers);
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.header("Content-Type")).startsWith("text/plain");
			assertThat(answer.body()).contains("Error 404: There is no page at this address.").doesNotContain("{");
		}
	}

	@Test
	void requestsTomcatTurnsAwayGetTheEditionsOwnAnswer(CapturedOutput output) throws IOException {
		Answer page = get("/%", HTML);
		assertThat(page.body()).contains("That request did not make sense to us", "Error 400", "/css/edition.css")
			.doesNotContain("Tomcat");
		Answer text = RawHttp.send(this.port,
				"GE@T / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.header("Content-Type")).startsWith("text/plain");
		assertThat(text.body()).contains("Error 400").doesNotContain("Tomcat");
		Answer version = RawHttp.send(this.port,
				"GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(version.status()).isEqualTo(505);
		assertThat(version.body()).doesNotContain("Tomcat");
		assertThat(output).contains("Turned away with 400").doesNotContain("\tat org.");
	}

}
