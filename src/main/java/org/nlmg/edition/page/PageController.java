package org.nlmg.edition.page;

import org.nlmg.edition.chapter.ChapterPages;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Page;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The free pages (about, author, context ...), which live at the top of the site:
 * /context.
 */
@Controller
@Transactional(readOnly = true)
class PageController {

	private final PageRepository pages;

	private final EntryViews entryViews;

	private final ChapterPages chapters;

	PageController(PageRepository pages, EntryViews entryViews, ChapterPages chapters) {
		this.pages = pages;
		this.entryViews = entryViews;
		this.chapters = chapters;
	}

	/** The timeline page: its prose, and the chapters drawn in both orders. */
	@GetMapping("/timeline")
	public String timeline(SpoilerPolicy policy, Model model) {
		model.addAttribute("timeline", this.chapters.timeline(policy));
		return show("timeline", policy, model);
	}

	@GetMapping("/{slug:[a-z0-9-]+}")
	public String show(@PathVariable String slug, SpoilerPolicy policy, Model model) {
		Page page = this.pages.findBySlug(slug)
			.orElseThrow(() -> new EntryNotFoundException(ContentKind.PAGE, "/" + slug));
		EntryView<Page> view = this.entryViews.of(page, policy);
		model.addAttribute("view", view);
		model.addAttribute("crumbs", view.crumbs());
		return "pages/detail";
	}

}
