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
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
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

	@ParameterizedTest
	@ValueSource(strings = { "/", "/chapters", "/chapters/6", "/chapters/12?upto=9", "/characters", "/characters/ruth",
			"/themes/memory", "/symbols/the-tape", "/glossary", "/sources/wikipedia", "/about", "/no-such-page" })
	void pagesHaveNoAccessibilityViolations(String path) {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			try (BrowserContext context = this.browser
				.newContext(new Browser.NewContextOptions().setColorScheme(scheme))) {
				Page page = context.newPage();
				page.navigate(url(path));
				AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
					.analyze();
				List<String> violations = new ArrayList<>();
				results.getViolations()
					.forEach((v) -> v.getNodes()
						.forEach((node) -> violations.add(v.getId() + " (" + scheme + "): " + node.getTarget() + " "
								+ node.getFailureSummary())));
				assertThat(results.getPasses()).as("axe checked something on " + path).isNotEmpty();
				assertThat(violations).as(path).isEmpty();
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
