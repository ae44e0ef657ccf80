package org.nlmg.edition.subject;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** /themes and /symbols, which have pages of the same shape. */
@Controller
class SubjectController {

	private final SubjectPages pages;

	SubjectController(SubjectPages pages) {
		this.pages = pages;
	}

	@GetMapping({ "/themes", "/symbols" })
	String list(HttpServletRequest request, SpoilerPolicy policy, Model model) {
		Subject subject = subject(request);
		model.addAttribute("subject", subject);
		model.addAttribute("cards", this.pages.cards(subject, policy));
		model.addAttribute("tracker", this.pages.tracker(subject, policy));
		model.addAttribute("crumbs", List.of(Crumb.here(subject.getKind().indexTitle())));
		return "subjects/list";
	}

	@GetMapping({ "/themes/{slug}", "/symbols/{slug}" })
	String show(HttpServletRequest request, @PathVariable String slug, SpoilerPolicy policy, Model model) {
		SubjectView view = this.pages.subject(subject(request), slug, policy);
		model.addAttribute("view", view);
		model.addAttribute("crumbs", view.page().crumbs());
		return "subjects/detail";
	}

	/** Which of the two the address names: its first segment is the kind's folder. */
	private static Subject subject(HttpServletRequest request) {
		return Subject.forFolder(request.getRequestURI().split("/")[1]).orElseThrow();
	}

}
