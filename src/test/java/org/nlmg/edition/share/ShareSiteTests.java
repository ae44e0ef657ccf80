package org.nlmg.edition.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nlmg.edition.address.SiteCrawler;
import org.nlmg.edition.address.SitePage;
import org.nlmg.edition.entry.MlaDates;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations, QR codes, share links, link previews and the sitemap, over a real port on
 * the real content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "edition.content=file:content/")
class ShareSiteTests {

	private static final Pattern SVG_MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Test
	void aParagraphIsCitedFromItsMarkAtTheClassPosition() throws Exception {
		Document chapter = page("/chapters/6?upto=6");
		Element mark = chapter.selectFirst("main p[id] > a.cite-link");
		assertThat(mark).as("a Cite link beside a paragraph's mark").isNotNull();
		String anchor = mark.parent().id();
		assertThat(mark.attr("href")).isEqualTo("/cite?path=/chapters/6&anchor=" + anchor + "&upto=6");
		Document cite = page(mark.attr("href"));
		String url = base() + "/chapters/6?upto=6#" + anchor;
		String accessed = MlaDates.format(LocalDate.now());
		assertThat(cite.select("dd").eachText()).hasSize(4).allSatisfy((text) -> assertThat(text).contains(url));
		assertThat(cite.select("dd").first().text()).startsWith("\u201cChapter 6: ")
			.endsWith("Never Let Me Go: A Study Edition, " + url + ". Accessed " + accessed + ".");
		assertThat(cite.select("main a[href]").first().attr("href")).isEqualTo("/chapters/6?upto=6#" + anchor);
	}

	@Test
	void aSectionIsCitedWithItsHeading() throws Exception {
		Document chapter = page("/chapters/6");
		Element heading = chapter.selectFirst("main h2[id]:has(> a.cite-link)");
		Document cite = page(heading.selectFirst("a.cite-link").attr("href"));
		String title = heading.ownText().strip();
		assertThat(cite.selectFirst("h1").text()).endsWith("\u2014 " + title);
		assertThat(cite.select("dd").get(1).text()).contains(base() + "/chapters/6#" + heading.id());
	}

	@Test
	void everyPageLinksToItsCitationQrCodeAndClassroom() throws Exception {
		Document ruth = page("/characters/ruth?upto=9");
		String address = base() + "/characters/ruth?upto=9";
		assertThat(ruth.select("footer a[href]").eachAttr("href")).contains("/cite?path=/characters/ruth&upto=9",
				"/qr.svg?path=/characters/ruth&upto=9", "/qr.png?path=/characters/ruth&upto=9");
		String classroom = ruth.select("footer a[href^=https://classroom.google.com/share?url=]").attr("href");
		assertThat(URLDecoder.decode(classroom.substring(classroom.indexOf("url=") + 4), StandardCharsets.UTF_8))
			.isEqualTo(address);
		Document cite = page("/cite?path=/characters/ruth&upto=9");
		assertThat(cite.select("dd").first().text()).contains(address + ". Accessed");
	}

	@Test
	void badCitationsAnswerClearly() throws Exception {
		assertThat(get("/cite").statusCode()).isEqualTo(400);
		assertThat(get("/cite?path=").statusCode()).isEqualTo(400);
		assertThat(get("/cite?path=/no-such-page").statusCode()).isEqualTo(404);
		assertThat(get("/cite?path=//evil.example/chapters/6").statusCode()).isEqualTo(404);
		assertThat(get("/cite?path=https://evil.example/").statusCode()).isEqualTo(404);
		assertThat(get("/cite?path=/chapters/6&anchor=no-such-anchor").statusCode()).isEqualTo(404);
		assertThat(get("/cite?path=/no-such-page").body()).contains("We could not find that page");
		assertThat(get("/cite").body()).contains("That request did not make sense to us");
	}

	@Test
	void aHeldBackSectionIsNotCited() throws Exception {
		Document whole = page("/chapters/12");
		String anchor = whole.selectFirst("main h2[id]").id();
		assertThat(get("/cite?path=/chapters/12&anchor=" + anchor).statusCode()).isEqualTo(200);
		assertThat(get("/cite?path=/chapters/12&anchor=" + anchor + "&upto=9").statusCode()).isEqualTo(404);
		assertThat(page("/cite?path=/chapters/12&upto=9").selectFirst("h1").text())
			.doesNotContain(whole.selectFirst("h1").text());
	}

	@Test
	void theCitePageIsNeverStored() throws Exception {
		assertThat(get("/chapters/6").headers().firstValue("ETag")).isPresent();
		assertThat(get("/cite?path=/chapters/6").headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void qrCodesDecodeToThePageAtItsPosition() throws Exception {
		HttpResponse<byte[]> png = this.client.send(request("/qr.png?path=/chapters/6&upto=6"),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(png.body())))).isEqualTo(base() + "/chapters/6?upto=6");
		HttpResponse<String> svg = get("/qr.svg?path=/themes/memory");
		assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
		assertThat(decode(rasterise(svg.body()))).isEqualTo(base() + "/themes/memory");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/qr.svg", "/qr.svg?path=", "/qr.svg?path=/chapters/6&upto=banana" })
	void aQrCodeWithoutAPageIsABadRequest(String address) throws Exception {
		assertThat(get(address).statusCode()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/qr.png?path=https://evil.example/", "/qr.svg?path=//evil.example/",
			"/qr.svg?path=/no-such-page", "/qr.svg?path=/search" })
	void aQrCodeIsOnlyEverOfAPageOfTheEdition(String address) throws Exception {
		assertThat(get(address).statusCode()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/chapters", "/chapters/6", "/chapters/12?upto=9", "/characters", "/characters/ruth",
			"/themes", "/themes/memory", "/symbols", "/symbols/the-tape", "/glossary", "/sources", "/sources/wikipedia",
			"/about", "/timeline", "/search?q=tommy", "/quizzes", "/quizzes/chapter-6", "/quizzes/part-2?upto=9",
			"/key-phrases", "/key-phrases/theme/memory", "/key-facts", "/summary", "/summary/part-1",
			"/characters/relationships", "/cite?path=/chapters/6", "/no-such-page" })
	void everyPageKindHasALinkPreview(String path) throws Exception {
		Document page = Jsoup.parse(get(path).body());
		for (String name : List.of("description", "twitter:title", "twitter:description")) {
			assertThat(page.select("meta[name=" + name + "]").attr("content")).as(path + " " + name).isNotBlank();
		}
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		for (String property : List.of("og:title", "og:description", "og:type", "og:site_name")) {
			assertThat(page.select("meta[property=" + property + "]").attr("content")).as(path + " " + property)
				.isNotBlank();
		}
		if (!path.equals("/no-such-page")) {
			String canonical = base() + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
			assertThat(page.select("meta[property=og:url]").attr("content")).as(path).isEqualTo(canonical);
		}
	}

	@Test
	void aPreviewSaysWhatThePageIsWithoutGivingALaterChapterAway() throws Exception {
		String whole = page("/chapters/12").select("meta[name=description]").attr("content");
		String early = page("/chapters/12?upto=9").select("meta[name=description]").attr("content");
		assertThat(whole).isNotBlank();
		assertThat(early).isNotEqualTo(whole).contains("later chapter");
		assertThat(page("/chapters/12?upto=9").select("meta[property=og:title]").attr("content"))
			.doesNotContain(page("/chapters/12").select("h1").text());
	}

	@Test
	void theSitemapListsEveryPageTheCrawlReachesAndRobotsPointsToIt() throws Exception {
		HttpResponse<String> sitemap = get("/sitemap.xml");
		assertThat(sitemap.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
		List<String> listed = new ArrayList<>();
		Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap.body());
		while (loc.find()) {
			listed.add(loc.group(1).replace("&amp;", "&"));
		}
		Map<String, SitePage> crawled = new SiteCrawler(URI.create(base())).crawl();
		// Print views repeat their chapters' pages, which the sitemap lists instead.
		List<String> pages = crawled.keySet()
			.stream()
			.filter((path) -> !path.matches("/chapters/\\d+/glance|/parts/\\d+/print"))
			.map((path) -> base() + path)
			.toList();
		assertThat(listed).as("the crawl's pages in the sitemap")
			.containsAll(pages)
			.doesNotContainAnyElementsOf(List.of(base() + "/chapters/6/glance", base() + "/parts/1/print"))
			.doesNotHaveDuplicates();
		for (String address : listed) {
			assertThat(get(address.substring(base().length())).statusCode()).as(address).isEqualTo(200);
		}
		assertThat(Set.copyOf(listed)).hasSizeGreaterThan(100);
		assertThat(get("/robots.txt").body()).contains("Sitemap: " + base() + "/sitemap.xml");
	}

	private static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

	/** The SVG's modules drawn at four pixels each, as a projector would show them. */
	private static BufferedImage rasterise(String svg) {
		int size = Integer.parseInt(svg.replaceFirst("(?s).*viewBox=\"0 0 (\\d+) .*", "$1"));
		int scale = 4;
		BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size * scale; y++) {
			for (int x = 0; x < size * scale; x++) {
				image.setRGB(x, y, 0xFFFFFF);
			}
		}
		Matcher module = SVG_MODULE.matcher(svg);
		while (module.find()) {
			int mx = Integer.parseInt(module.group(1));
			int my = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					image.setRGB(mx * scale + dx, my * scale + dy, 0);
				}
			}
		}
		return image;
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(request(path), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").GET().build();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
