package org.nlmg.edition.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser on a school network receives, over a real port (MockMvc cannot see
 * compression): pages travel in brotli or gzip, and a page the browser has is not sent
 * again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "edition.content=file:content/")
@Import(Renderings.class)
class WireTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private Renderings renderings;

	private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void pagesAreCompressedOnTheWire() throws Exception {
		HttpResponse<byte[]> plain = get("/chapters/6");
		HttpResponse<byte[]> gzipped = get("/chapters/6", "Accept-Encoding", "gzip");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void browsersThatTakeBrotliGetItAndTheSamePage() throws Exception {
		HttpResponse<byte[]> plain = get("/chapters/6");
		HttpResponse<byte[]> brotli = get("/chapters/6", "Accept-Encoding", "gzip, deflate, br, zstd");
		HttpResponse<byte[]> gzipped = get("/chapters/6", "Accept-Encoding", "gzip");
		assertThat(brotli.headers().firstValue("Content-Encoding")).contains("br");
		assertThat(brotli.body().length).isLessThan(gzipped.body().length);
		Brotli4jLoader.ensureAvailability();
		DirectDecompress decoded = DirectDecompress.decompress(brotli.body());
		assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
		assertThat(decoded.getDecompressedData()).isEqualTo(plain.body());
		assertThat(brotli.headers().firstValue("ETag")).isNotEqualTo(gzipped.headers().firstValue("ETag"));
	}

	@Test
	void theFingerprintedStylesheetIsKeptForAYearAndTravelsCompressed() throws Exception {
		String page = new String(get("/chapters/6").body(), StandardCharsets.UTF_8);
		Matcher stylesheet = Pattern.compile("href=\"(/css/edition-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(stylesheet.find()).as("a fingerprinted stylesheet link").isTrue();
		HttpResponse<byte[]> css = get(stylesheet.group(1), "Accept-Encoding", "gzip");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
		assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
	}

	@Test
	void aClassOpeningTheSamePageAtOnceWaitsForOneRendering() throws Exception {
		String page = "/chapters/7?upto=4";
		List<CompletableFuture<HttpResponse<byte[]>>> classroom = new ArrayList<>();
		for (int student = 0; student < 30; student++) {
			classroom.add(this.client.sendAsync(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page)).build(),
					HttpResponse.BodyHandlers.ofByteArray()));
		}
		Set<String> etags = new HashSet<>();
		for (CompletableFuture<HttpResponse<byte[]>> response : classroom) {
			assertThat(response.get().statusCode()).isEqualTo(200);
			etags.add(response.get().headers().firstValue("ETag").orElseThrow());
		}
		assertThat(etags).hasSize(1);
		assertThat(this.renderings.of(page)).isEqualTo(1);
	}

	@Test
	void aPageTheBrowserHasAnswers304() throws Exception {
		String etag = get("/chapters/6", "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = get("/chapters/6", "Accept-Encoding", "gzip", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

}
