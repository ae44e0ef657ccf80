package org.nlmg.edition.home;

import org.nlmg.edition.chapter.ChapterPages;
import org.nlmg.edition.character.CharacterPages;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.page.PageRepository;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.source.SourceRepository;
import org.nlmg.edition.subject.Subject;
import org.nlmg.edition.subject.SubjectPages;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@Transactional(readOnly = true)
class HomeController {

	private final ChapterPages chapters;

	private final CharacterPages characters;

	private final SubjectPages subjects;

	private final SourceRepository sources;

	private final PageRepository pages;

	private final EntryViews entryViews;

	HomeController(ChapterPages chapters, CharacterPages characters, SubjectPages subjects, SourceRepository sources,
			PageRepository pages, EntryViews entryViews) {
		this.chapters = chapters;
		this.characters = characters;
		this.subjects = subjects;
		this.sources = sources;
		this.pages = pages;
		this.entryViews = entryViews;
	}

	@GetMapping("/")
	public String home(SpoilerPolicy policy, Model model) {
		model.addAttribute("parts", this.chapters.parts(policy));
		model.addAttribute("characters", this.characters.mainCharacters(policy));
		model.addAttribute("themes", this.subjects.cards(Subject.THEME, policy));
		model.addAttribute("symbols", this.subjects.cards(Subject.SYMBOL, policy));
		model.addAttribute("sources", this.entryViews.cards(this.sources.findAllByOrderByTitleAsc(), policy));
		model.addAttribute("pages", this.entryViews.cards(this.pages.findAllByOrderByTitleAsc(), policy));
		return "home";
	}

}
