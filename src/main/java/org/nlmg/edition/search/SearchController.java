package org.nlmg.edition.search;

import java.util.List;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String query, SpoilerPolicy policy, Model model) {
		String trimmed = query.strip();
		boolean cut = trimmed.length() > Search.MAX_QUERY_LENGTH;
		if (cut) {
			trimmed = trimmed.substring(0, Search.MAX_QUERY_LENGTH);
		}
		List<String> words = Search.words(trimmed);
		model.addAttribute("query", trimmed);
		model.addAttribute("cut", cut);
		model.addAttribute("words", words);
		model.addAttribute("results", this.search.find(words, policy));
		model.addAttribute("crumbs", List.of(Crumb.here("Search")));
		return "search/results";
	}

}
