package org.nlmg.edition.source;

import org.nlmg.edition.content.Mentions;
import org.nlmg.edition.system.Crumb;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class SourceController {

	private final SourceRepository sources;

	private final Mentions mentions;

	SourceController(SourceRepository sources, Mentions mentions) {
		this.sources = sources;
		this.mentions = mentions;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("sources", this.sources.findAllByOrderByTitleAsc());
		model.addAttribute("crumbs", Crumb.trail("Sources"));
		return "sources/list";
	}

	@GetMapping("/sources/{slug}")
	String show(@PathVariable String slug, Model model) {
		Source source = this.sources.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no source '" + slug + "' in this edition."));
		model.addAttribute("source", source);
		model.addAttribute("mentions", this.mentions.of(source));
		model.addAttribute("crumbs", Crumb.trail("Sources", "/sources", source.getTitle()));
		return "sources/detail";
	}

}
