package org.nlmg.edition.theme;

import org.nlmg.edition.chapter.ChapterNoteRepository;
import org.nlmg.edition.content.Mentions;
import org.nlmg.edition.system.Crumb;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ThemeController {

	private final ThemeRepository themes;

	private final ChapterNoteRepository notes;

	private final Mentions mentions;

	ThemeController(ThemeRepository themes, ChapterNoteRepository notes, Mentions mentions) {
		this.themes = themes;
		this.notes = notes;
		this.mentions = mentions;
	}

	@GetMapping("/themes")
	String list(Model model) {
		model.addAttribute("themes", this.themes.findAllByOrderByTitleAsc());
		model.addAttribute("crumbs", Crumb.trail("Themes"));
		return "themes/list";
	}

	@GetMapping("/themes/{slug}")
	String show(@PathVariable String slug, Model model) {
		Theme theme = this.themes.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no theme '" + slug + "' in this edition."));
		model.addAttribute("theme", theme);
		model.addAttribute("tracker", this.notes.findBySubjectOrderByChapterNumberAsc(theme));
		model.addAttribute("mentions", this.mentions.of(theme));
		model.addAttribute("crumbs", Crumb.trail("Themes", "/themes", theme.getTitle()));
		return "themes/detail";
	}

}
