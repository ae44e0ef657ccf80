package org.nlmg.edition.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.entry.EntryView.SectionView;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.glossary.GlossaryView.TermView;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Term;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

@Controller
class GlossaryController {

	/** As a reader looks a term up: "the Gallery" under G. */
	private static final Comparator<Term> LOOK_UP_ORDER = Comparator.comparing(GlossaryView::lookUpTitle,
			String.CASE_INSENSITIVE_ORDER);

	private final TermRepository terms;

	private final ChapterRepository chapters;

	private final EntryViews entryViews;

	GlossaryController(TermRepository terms, ChapterRepository chapters, EntryViews entryViews) {
		this.terms = terms;
		this.chapters = chapters;
		this.entryViews = entryViews;
	}

	@GetMapping("/glossary")
	@Transactional(readOnly = true)
	public String list(SpoilerPolicy policy, Model model) {
		// One pass over the chapters rather than one query per term.
		Map<Term, List<Chapter>> usedIn = new HashMap<>();
		for (Chapter chapter : policy.filter(this.chapters.findAllByOrderByNumberAsc()).items()) {
			chapter.getTerms().forEach((term) -> usedIn.computeIfAbsent(term, (t) -> new ArrayList<>()).add(chapter));
		}
		Shown<Term> shown = policy.filter(this.terms.findAll().stream().sorted(LOOK_UP_ORDER).toList());
		int heldBack = shown.heldBack();
		List<TermView> views = new ArrayList<>();
		for (Term term : shown.items()) {
			Shown<SectionView> sections = this.entryViews.sections(term, policy);
			heldBack += sections.heldBack();
			views.add(new TermView(term, sections.items(), usedIn.getOrDefault(term, List.of())));
		}
		model.addAttribute("glossary", new GlossaryView(views, heldBack));
		model.addAttribute("crumbs", List.of(Crumb.here(ContentKind.TERM.indexTitle())));
		return "glossary/list";
	}

	/** Lets a term be linked as a page of its own: it is an anchor of the glossary. */
	@GetMapping("/glossary/{slug}")
	String show(@PathVariable String slug, HttpServletRequest request) {
		Term term = this.terms.findBySlug(slug).orElseThrow(() -> new EntryNotFoundException(ContentKind.TERM, slug));
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
		return "redirect:" + term.getUrl();
	}

}
