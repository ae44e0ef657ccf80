package org.nlmg.edition.share;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.content.EditionProperties;
import org.nlmg.edition.entry.PageAddresses;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}, every public page at its whole-book address, and
 * {@code /robots.txt}, which welcomes every crawler and points to it.
 */
@Controller
@EnableConfigurationProperties(EditionProperties.class)
class SitemapController {

	private final EditionPages pages;

	private final PageAddresses addresses;

	SitemapController(EditionPages pages, EditionProperties properties) {
		this.pages = pages;
		this.addresses = new PageAddresses(properties);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(HttpServletRequest request) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : this.pages.paths()) {
			xml.append("  <url><loc>")
				.append(HtmlUtils.htmlEscape(this.addresses.absolute(request, path)))
				.append("</loc></url>\n");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.append("</urlset>\n").toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots(HttpServletRequest request) {
		// Searches and citations are built from a query: pages enough in themselves.
		String body = "User-agent: *\nDisallow: /search\nDisallow: /cite\nDisallow: /qr.\n\nSitemap: "
				+ this.addresses.absolute(request, "/sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

}
