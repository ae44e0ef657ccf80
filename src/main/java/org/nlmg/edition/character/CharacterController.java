package org.nlmg.edition.character;

import java.util.List;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CharacterController {

	static final String RELATIONSHIPS = "Relationship map";

	private final CharacterPages pages;

	CharacterController(CharacterPages pages) {
		this.pages = pages;
	}

	@GetMapping("/characters")
	String list(SpoilerPolicy policy, Model model) {
		model.addAttribute("main", this.pages.mainCharacters(policy));
		model.addAttribute("minor", this.pages.minorCharacters(policy));
		model.addAttribute("grid", this.pages.whoIsWhere(policy));
		model.addAttribute("crumbs", List.of(Crumb.here(ContentKind.CHARACTER.indexTitle())));
		return "characters/list";
	}

	@GetMapping("/characters/relationships")
	String relationships(SpoilerPolicy policy, Model model) {
		model.addAttribute("map", this.pages.relationshipMap(policy));
		model.addAttribute("crumbs", List.of(Crumb.index(ContentKind.CHARACTER), Crumb.here(RELATIONSHIPS)));
		return "characters/relationships";
	}

	@GetMapping("/characters/{slug}")
	String show(@PathVariable String slug, SpoilerPolicy policy, Model model) {
		CharacterView character = this.pages.character(slug, policy);
		model.addAttribute("character", character);
		model.addAttribute("crumbs", character.page().crumbs());
		return "characters/detail";
	}

}
