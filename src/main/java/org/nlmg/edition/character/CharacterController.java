package org.nlmg.edition.character;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.content.Mentions;
import org.nlmg.edition.system.Crumb;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

@Controller
class CharacterController {

	private final NovelCharacterRepository characters;

	private final ChapterRepository chapters;

	private final Mentions mentions;

	CharacterController(NovelCharacterRepository characters, ChapterRepository chapters, Mentions mentions) {
		this.characters = characters;
		this.chapters = chapters;
		this.mentions = mentions;
	}

	@GetMapping("/characters")
	String list(Model model) {
		List<NovelCharacter> all = this.characters.findAllByOrderByTitleAsc();
		model.addAttribute("main", all.stream().filter(NovelCharacter::isMain).toList());
		model.addAttribute("minor", all.stream().filter((c) -> !c.isMain()).toList());
		model.addAttribute("crumbs", Crumb.trail("Characters"));
		return "characters/list";
	}

	@GetMapping("/characters/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletRequest request) {
		NovelCharacter character = this.characters.findBySlug(slug).orElse(null);
		if (character == null) {
			// A second name answers too, by sending the reader on, for good, to the one true address.
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return this.characters.findByAlias(slug)
				.map((aliased) -> "redirect:" + aliased.getUrl())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						"There is no character called '" + slug + "' in this edition."));
		}
		model.addAttribute("character", character);
		model.addAttribute("appearances", this.chapters.findByCharactersContainingOrderByNumberAsc(character));
		model.addAttribute("mentions", this.mentions.of(character));
		model.addAttribute("crumbs", Crumb.trail("Characters", "/characters", character.getName()));
		return "characters/detail";
	}

}
