package org.nlmg.edition.chapter;

import java.util.List;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ChapterController {

	private final ChapterPages pages;

	ChapterController(ChapterPages pages) {
		this.pages = pages;
	}

	@GetMapping("/chapters")
	String list(SpoilerPolicy policy, Model model) {
		model.addAttribute("parts", this.pages.parts(policy));
		model.addAttribute("crumbs", List.of(Crumb.here(ContentKind.CHAPTER.indexTitle())));
		return "chapters/list";
	}

	@GetMapping("/chapters/{number:[0-9]{1,3}}")
	String show(@PathVariable int number, SpoilerPolicy policy, Model model) {
		ChapterView chapter = this.pages.chapter(number, policy);
		model.addAttribute("chapter", chapter);
		model.addAttribute("crumbs", chapter.page().crumbs());
		return "chapters/detail";
	}

	@GetMapping("/chapters/{number:[0-9]{1,3}}/glance")
	String glance(@PathVariable int number, SpoilerPolicy policy, Model model) {
		GlanceView glance = this.pages.glance(number, policy);
		model.addAttribute("glance", glance);
		model.addAttribute("crumbs", List.of(Crumb.index(ContentKind.CHAPTER),
				Crumb.to(glance.chapter().getLinkLabel(), glance.chapter().getUrl()), Crumb.here("At a glance")));
		return "chapters/glance";
	}

	@GetMapping("/parts/{number:[0-9]{1,2}}/print")
	String part(@PathVariable int number, SpoilerPolicy policy, Model model) {
		if (number < 1 || number > Part.values().length) {
			throw new EntryNotFoundException(ContentKind.PAGE, "/parts/" + number + "/print");
		}
		PartPrintView part = this.pages.part(Part.values()[number - 1], policy);
		model.addAttribute("part", part);
		model.addAttribute("crumbs", List.of(Crumb.index(ContentKind.CHAPTER), Crumb.here(part.getTitle())));
		return "chapters/part";
	}

}
