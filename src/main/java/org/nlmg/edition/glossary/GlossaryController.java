package org.nlmg.edition.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nlmg.edition.chapter.Chapter;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.content.ChapterTied;
import org.nlmg.edition.system.Crumb;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class GlossaryController {

	private final TermRepository terms;

	private final ChapterRepository chapters;

	GlossaryController(TermRepository terms, ChapterRepository chapters) {
		this.terms = terms;
		this.chapters = chapters;
	}

	/** A term with the chapters whose pages list it. */
	record GlossaryEntry(Term term, List<Chapter> chapters) implements ChapterTied {

		@Override
		public Integer getTiedChapter() {
			return this.term.getTiedChapter();
		}

	}

	@GetMapping("/glossary")
	String list(Model model) {
		// One pass over the chapters rather than one query per term.
		Map<Term, List<Chapter>> usedIn = new HashMap<>();
		for (Chapter chapter : this.chapters.findAllByOrderByNumberAsc()) {
			chapter.getTerms().forEach((term) -> usedIn.computeIfAbsent(term, (t) -> new ArrayList<>()).add(chapter));
		}
		model.addAttribute("entries", this.terms.findAll()
			.stream()
			.sorted(Comparator.comparing((Term term) -> term.getTitle().replaceFirst("^(?i)the ", ""),
					String.CASE_INSENSITIVE_ORDER))
			.map((term) -> new GlossaryEntry(term, usedIn.getOrDefault(term, List.of())))
			.toList());
		model.addAttribute("crumbs", Crumb.trail("Glossary"));
		return "glossary/list";
	}

	/** Lets a term be linked as a page of its own: it is an anchor of the glossary. */
	@GetMapping("/glossary/{slug}")
	String show(@PathVariable String slug) {
		Term term = this.terms.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The glossary has no term '" + slug + "'."));
		return "redirect:" + term.getUrl();
	}

}
