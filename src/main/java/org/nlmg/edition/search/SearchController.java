package org.nlmg.edition.search;

import java.util.List;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	/**
	 * @param kind a kind of page to list every hit of ({@code chapter},
	 * {@code character}, ...), or none for the best of each
	 */
	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String text,
			@RequestParam(name = "kind", required = false) String kind, SpoilerPolicy policy, Model model) {
		SearchQuery query = this.index.parse(text);
		ContentKind only = (kind != null) ? ContentKind.forLinkPrefix(kind).orElse(null) : null;
		model.addAttribute("results", this.index.find(query, policy, only));
		model.addAttribute("only", only);
		model.addAttribute("crumbs", List.of(Crumb.here("Search")));
		return "search/results";
	}

}
