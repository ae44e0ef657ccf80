package org.nlmg.edition.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.content.EditionProperties;
import org.nlmg.edition.entry.PageAddresses;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.share.EditionPages.PublicPage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /cite?path=/chapters/6&anchor=…}: a page, section or paragraph of the edition in
 * MLA, APA and Chicago, with the day it is read as the day accessed. Never stored
 * (system.RenderedPageCache), since that day changes.
 */
@Controller
@EnableConfigurationProperties(EditionProperties.class)
class CiteController {

	private final Clock clock = Clock.systemDefaultZone();

	private final EditionPages pages;

	private final PageAddresses addresses;

	CiteController(EditionPages pages, EditionProperties properties) {
		this.pages = pages;
		this.addresses = new PageAddresses(properties);
	}

	@GetMapping("/cite")
	String cite(@RequestParam(required = false) String path, @RequestParam(required = false) String anchor,
			SpoilerPolicy policy, HttpServletRequest request, Model model) {
		if (path == null || path.isBlank() || anchor != null && anchor.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A citation needs the path of a page of this edition, such as /cite?path=/chapters/6.");
		}
		PublicPage page = this.pages.find(path, policy)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no page at " + path + " in this edition to cite."));
		if (anchor != null && !page.anchors().containsKey(anchor)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The page " + path + " has no section or paragraph '" + anchor + "' at your reading position.");
		}
		String url = this.addresses.absolute(request,
				policy.position().link(path + ((anchor != null) ? "#" + anchor : "")));
		String title = page.title(anchor);
		model.addAttribute("cited",
				new CiteView(title, path, anchor, url, PageCitations.of(title, url, LocalDate.now(this.clock))));
		model.addAttribute("crumbs", List.of(Crumb.here("Cite")));
		return "share/cite";
	}

}
