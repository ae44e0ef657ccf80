package org.nlmg.edition.source;

import java.util.List;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Source;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
@Transactional(readOnly = true)
class SourceController {

	private final SourceRepository sources;

	private final EntryViews entryViews;

	SourceController(SourceRepository sources, EntryViews entryViews) {
		this.sources = sources;
		this.entryViews = entryViews;
	}

	@GetMapping("/sources")
	public String list(Model model) {
		model.addAttribute("sources", this.sources.findAllByOrderByTitleAsc());
		model.addAttribute("crumbs", List.of(Crumb.here(ContentKind.SOURCE.indexTitle())));
		return "sources/list";
	}

	@GetMapping("/sources/{slug}")
	public String show(@PathVariable String slug, SpoilerPolicy policy, Model model) {
		Source source = this.sources.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(ContentKind.SOURCE, slug));
		SourceView view = new SourceView(this.entryViews.of(source, policy), Citations.of(source));
		model.addAttribute("view", view);
		model.addAttribute("crumbs", view.page().crumbs());
		return "sources/detail";
	}

}
