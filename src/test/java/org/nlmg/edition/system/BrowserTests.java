package org.nlmg.edition.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The edition as a person meets it, in Debian's Chromium driven by Playwright:
 * accessibility (axe-core), the reading-position form with JavaScript off, dark mode, and
 * no request to any other host. Skipped with a message where no Chromium is installed;
 * required when CI=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "edition.content=file:content/")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class BrowserTests {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	@LocalServerPort
	private int port;

	private Playwright playwright;

	private Browser browser;

	@BeforeAll
	void launch() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Browser tests need Chromium at " + CHROMIUM + " (Debian: apt-get install chromium)";
			if ("true".equals(System.getenv("CI"))) {
				fail(message + "; they are required when CI=true.");
			}
			abort(message + "; skipping them.");
		}
		// Playwright must use the machine's Chromium: it may not download a browser of
		// its own.
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	void close() {
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * One address of every page kind the edition has, a gate and the 404 page included.
	 */
	static List<String> pageKinds() {
		return List.of("/", "/chapters", "/chapters/6", "/chapters/12?upto=9", "/characters", "/characters/ruth",
				"/themes", "/themes/memory", "/symbols", "/symbols/the-tape", "/glossary", "/sources",
				"/sources/wikipedia", "/about", "/timeline", "/search?q=tommy", "/quizzes", "/quizzes/chapter-6",
				"/quizzes/part-2?upto=9", "/key-phrases", "/key-phrases/theme/memory", "/key-facts", "/summary",
				"/summary/part-1", "/characters/relationships", "/characters/relationships?upto=9",
				"/cite?path=/chapters/6&anchor=summary", "/no-such-page", "/chapters/6/glance",
				"/parts/2/print?upto=12",
				"/lesson?title=Friendship&note=Read+these&upto=9&s=chapters/5:pencil-case&s=chapters/12&s=themes/memory&s=nowhere",
				"/lesson/build?title=Friendship&upto=9&s=chapters/5:pencil-case&s=themes/memory");
	}

	/**
	 * What axe cannot decide by itself, with the check that decides it instead. Every
	 * "incomplete" result must be one of these.
	 */
	private static final Map<String, String> DECIDED_ELSEWHERE = Map.of("color-contrast",
			"text over a tinted or layered background: marksAndMutedTextKeepTheirContrast measures the muted "
					+ "colours on both backgrounds",
			"label-content-name-mismatch",
			"¶ and § marks are labelled \"Link to this paragraph\": the visible mark is a symbol, not words");

	@ParameterizedTest
	@MethodSource("pageKinds")
	void pagesMeetWcag22AaInBothSchemesAtBothWidths(String path) {
		List<String> problems = new ArrayList<>();
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (int width : new int[] { 375, 1280 }) {
				try (BrowserContext context = this.browser
					.newContext(new Browser.NewContextOptions().setColorScheme(scheme).setViewportSize(width, 800))) {
					Page page = context.newPage();
					String where = " (" + scheme + ", " + width + " px): ";
					// An inline style or script the Content-Security-Policy blocked.
					page.onConsoleMessage((message) -> {
						if (message.text().contains("Content Security Policy")) {
							problems.add("console" + where + message.text());
						}
					});
					page.navigate(url(path));
					AxeResults results = new AxeBuilder(page)
						.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
						.analyze();
					results.getViolations()
						.forEach((v) -> v.getNodes()
							.forEach((node) -> problems
								.add(v.getId() + where + node.getTarget() + " " + node.getFailureSummary())));
					results.getIncomplete()
						.stream()
						.filter((rule) -> !DECIDED_ELSEWHERE.containsKey(rule.getId()))
						.forEach((rule) -> problems.add("unexplained incomplete " + rule.getId() + where
								+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList()));
					assertThat(results.getPasses()).as("axe checked something on " + path).isNotEmpty();
				}
			}
		}
		assertThat(problems).as(path).isEmpty();
	}

	/** WCAG 1.4.10: at 320 CSS px nothing makes the page scroll sideways. */
	@ParameterizedTest
	@MethodSource("pageKinds")
	void nothingScrollsSidewaysAt320Pixels(String path) {
		try (BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page page = context.newPage();
			page.navigate(url(path));
			Object width = page.evaluate("document.documentElement.scrollWidth");
			assertThat(((Number) width).intValue()).as(path + " scroll width").isLessThanOrEqualTo(320);
		}
	}

	/**
	 * The check axe leaves to a person: the ¶/§ marks and muted text against the page and
	 * panel backgrounds, in both schemes, at WCAG AA's 4.5:1.
	 */
	@Test
	void marksAndMutedTextKeepTheirContrast() {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			try (BrowserContext context = this.browser
				.newContext(new Browser.NewContextOptions().setColorScheme(scheme))) {
				Page page = context.newPage();
				page.navigate(url("/chapters/6"));
				Object ratios = page.evaluate(
						"""
								() => {
								  const rgb = (c) => c.match(/[0-9.]+/g).slice(0, 3).map(Number);
								  const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255;
								    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
								    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
								  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
								    return (x + 0.05) / (y + 0.05); };
								  const style = getComputedStyle(document.documentElement);
								  const muted = style.getPropertyValue('--muted'), bg = style.getPropertyValue('--bg'),
								    panel = style.getPropertyValue('--panel');
								  const probe = document.createElement('span');
								  document.body.append(probe);
								  const resolve = (c) => { probe.style.color = c; return getComputedStyle(probe).color; };
								  const mark = getComputedStyle(document.querySelector('a.self-link')).color;
								  return [ratio(mark, resolve(bg)), ratio(resolve(muted), resolve(bg)), ratio(resolve(muted), resolve(panel))];
								}""");
				assertThat((List<?>) ratios).as(scheme + ": mark on page, muted on page, muted on panel")
					.allSatisfy((ratio) -> assertThat(((Number) ratio).doubleValue()).isGreaterThanOrEqualTo(4.5));
			}
		}
	}

	/**
	 * Every page with a picture, at phone and desktop widths, light and dark: no axe
	 * violation, and a wide picture scrolls inside its own frame, never the page.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/themes", "/themes/memory", "/chapters/6", "/characters", "/characters/ruth",
			"/characters/relationships", "/timeline", "/characters/relationships?upto=9" })
	void picturesAreAccessibleAndScrollInTheirOwnFrame(String path) {
		for (int width : List.of(375, 1280)) {
			for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
				try (BrowserContext context = this.browser
					.newContext(new Browser.NewContextOptions().setColorScheme(scheme).setViewportSize(width, 900))) {
					Page page = context.newPage();
					page.navigate(url(path));
					String where = path + " at " + width + "px, " + scheme;
					assertThat(page.locator(".picture-frame svg").count()).as(where).isEqualTo(1);
					AxeResults results = new AxeBuilder(page)
						.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
						.analyze();
					List<String> violations = new ArrayList<>();
					results.getViolations()
						.forEach((v) -> v.getNodes()
							.forEach((node) -> violations
								.add(v.getId() + ": " + node.getTarget() + " " + node.getFailureSummary())));
					assertThat(violations).as(where).isEmpty();
					assertThat((Boolean) page
						.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
						.as(where + ": the page itself does not scroll sideways")
						.isTrue();
					if (width == 375) {
						assertThat(
								(Boolean) page.evaluate("(() => { const f = document.querySelector('.picture-frame');"
										+ " return getComputedStyle(f).overflowX === 'auto'; })()"))
							.as(where)
							.isTrue();
					}
				}
			}
		}
	}

	/**
	 * Every page of the edition within two taps on a phone, without JavaScript: the
	 * header's links, and the "More" menu for the world of the book.
	 */
	@Test
	void theMenuOpensWithoutJavaScriptOnAPhone() {
		try (BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(375, 700))) {
			Page page = context.newPage();
			page.navigate(url("/chapters/6"));
			assertThat(page.locator(".site-menu-panel a").first().isVisible()).isFalse();
			page.locator(".site-menu summary").click();
			page.locator(".site-menu-panel a", new Page.LocatorOptions().setHasText("Context")).click();
			page.waitForURL(url("/context"));
			// The header and the reading bar took 27% of a phone's first screen; now
			// under a fifth.
			Object top = page.evaluate("document.querySelector('.reading-bar').getBoundingClientRect().bottom");
			assertThat(((Number) top).doubleValue()).as("header and reading bar height at 375 px")
				.isLessThan(0.2 * 700);
		}
	}

	@Test
	void readingPositionFormWorksWithJavaScriptOff() {
		try (BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
			Page page = context.newPage();
			page.navigate(url("/chapters/12"));
			assertThat(page.locator("h1").textContent()).startsWith("Chapter 12:");
			page.selectOption("#upto", "9");
			page.locator(".reading-form button").click();
			// The address bar keeps the position, so it is safe to share with a class.
			page.waitForURL(url("/chapters/12?upto=9"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Chapter 12");
			assertThat(page.content()).contains("You have set your reading position to");
			page.locator(".gate button").click();
			page.waitForURL(url("/chapters/12?upto=12"));
			assertThat(page.locator("h1").textContent()).startsWith("Chapter 12:");
		}
	}

	@Test
	void printingLeavesOutTheSiteAndNamesTheAddressAtThePosition() {
		try (BrowserContext context = this.browser.newContext()) {
			Page page = context.newPage();
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			page.navigate(url("/chapters/6?upto=6"));
			for (String hidden : List.of(".site-header", ".reading-bar", ".breadcrumbs", ".contents", ".revise",
					".site-footer", ".add-to-lesson")) {
				assertThat(page.locator(hidden).first().isVisible()).as(hidden + " in print").isFalse();
			}
			assertThat(page.locator(".print-address").textContent()).contains(url("/chapters/6?upto=6"));
			assertThat(page.evaluate("getComputedStyle(document.querySelector('main a')).color"))
				.isEqualTo("rgb(0, 0, 0)");
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
			assertThat(page.locator(".site-header").isVisible()).isTrue();
			assertThat(page.locator(".print-address").isVisible()).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void aFirstVisitIsAskedOnceWithTheWholeBookOneClickAway(boolean javaScript) {
		try (BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript))) {
			Page page = context.newPage();
			page.navigate(url("/chapters/6"));
			assertThat(page.locator(".first-visit").isVisible()).isTrue();
			page.locator(".first-visit a", new Page.LocatorOptions().setHasText("The whole book")).click();
			page.waitForURL(url("/chapters/6"));
			assertThat(page.locator(".reading-status").first().textContent()).contains("the whole book");
			assertThat(page.locator(".first-visit").count()).isZero();
			page.navigate(url("/characters/ruth"));
			assertThat(page.locator(".first-visit").count()).isZero();
		}
		try (BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript))) {
			Page page = context.newPage();
			page.navigate(url("/chapters/6?upto=3"));
			assertThat(page.locator(".first-visit").count()).as("a class link skips the question").isZero();
		}
	}

	@Test
	void theClassLinkCopiesInOneClick() {
		try (BrowserContext context = this.browser.newContext()) {
			context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
			Page page = context.newPage();
			page.navigate(url("/chapters/6"));
			page.selectOption("#upto", "5");
			page.locator(".reading-form button").click();
			page.waitForURL(url("/chapters/6?upto=5"));
			assertThat(page.locator("label[for=class-link-address]").textContent())
				.isEqualTo("Link for a class at chapter 5");
			page.locator(".copy-field").click();
			assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(url("/chapters/6?upto=5"));
		}
	}

	@Test
	void theErrorPageIsNotAnAddressOfItsOwn() {
		try (BrowserContext context = this.browser.newContext()) {
			Page page = context.newPage();
			assertThat(page.navigate(url("/error")).status()).isEqualTo(404);
			assertThat(page.locator("h1").textContent()).isEqualTo("We could not find that page");
			assertThat(page.navigate(url("/characters/nobody")).status()).isEqualTo(404);
			assertThat(page.locator(".reading-form").getAttribute("action")).isEqualTo("/characters/nobody");
		}
	}

	@Test
	void coloursFollowTheSystemSetting() {
		String light = background(ColorScheme.LIGHT);
		String dark = background(ColorScheme.DARK);
		assertThat(light).isNotEqualTo(dark);
	}

	private String background(ColorScheme scheme) {
		try (BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setColorScheme(scheme))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			return (String) page.evaluate("getComputedStyle(document.body).backgroundColor");
		}
	}

	@Test
	void pagesAskNoOtherHostForAnything() {
		List<String> requested = new ArrayList<>();
		try (BrowserContext context = this.browser.newContext()) {
			Page page = context.newPage();
			page.onRequest((request) -> requested.add(request.url()));
			for (String path : List.of("/", "/chapters/1", "/characters/kathy", "/sources/studysmarter")) {
				page.navigate(url(path));
			}
		}
		assertThat(requested).isNotEmpty().allSatisfy((request) -> assertThat(request).startsWith(url("/")));
	}

}
