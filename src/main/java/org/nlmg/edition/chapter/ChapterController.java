package org.nlmg.edition.chapter;

import org.nlmg.edition.content.Mentions;
import org.nlmg.edition.system.Crumb;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ChapterController {

	private final ChapterRepository chapters;

	private final Mentions mentions;

	ChapterController(ChapterRepository chapters, Mentions mentions) {
		this.chapters = chapters;
		this.mentions = mentions;
	}

	@GetMapping("/chapters")
	String list(Model model) {
		model.addAttribute("parts", PartChapters.of(this.chapters.findAllByOrderByNumberAsc()));
		model.addAttribute("crumbs", Crumb.trail("Chapters"));
		return "chapters/list";
	}

	@GetMapping("/chapters/{number:[0-9]{1,3}}")
	String show(@PathVariable int number, Model model) {
		Chapter chapter = this.chapters.findByNumber(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The novel has chapters 1 to " + Part.LAST_CHAPTER + "; there is no chapter " + number + "."));
		model.addAttribute("chapter", chapter);
		model.addAttribute("previous", this.chapters.findByNumber(number - 1).orElse(null));
		model.addAttribute("next", this.chapters.findByNumber(number + 1).orElse(null));
		model.addAttribute("mentions", this.mentions.of(chapter));
		model.addAttribute("crumbs", Crumb.trail("Chapters", "/chapters", chapter.getPart().getLabel(),
				"/chapters#part-" + chapter.getPart().getNumber(), chapter.getLinkLabel()));
		return "chapters/detail";
	}

}
