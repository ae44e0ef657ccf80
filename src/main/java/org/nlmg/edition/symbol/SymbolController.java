package org.nlmg.edition.symbol;

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
class SymbolController {

	private final SymbolRepository symbols;

	private final ChapterNoteRepository notes;

	private final Mentions mentions;

	SymbolController(SymbolRepository symbols, ChapterNoteRepository notes, Mentions mentions) {
		this.symbols = symbols;
		this.notes = notes;
		this.mentions = mentions;
	}

	@GetMapping("/symbols")
	String list(Model model) {
		model.addAttribute("symbols", this.symbols.findAllByOrderByTitleAsc());
		model.addAttribute("crumbs", Crumb.trail("Symbols"));
		return "symbols/list";
	}

	@GetMapping("/symbols/{slug}")
	String show(@PathVariable String slug, Model model) {
		Symbol symbol = this.symbols.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no symbol or motif '" + slug + "' in this edition."));
		model.addAttribute("symbol", symbol);
		model.addAttribute("tracker", this.notes.findBySubjectOrderByChapterNumberAsc(symbol));
		model.addAttribute("mentions", this.mentions.of(symbol));
		model.addAttribute("crumbs", Crumb.trail("Symbols", "/symbols", symbol.getTitle()));
		return "symbols/detail";
	}

}
