package org.nlmg.edition.system;

import org.nlmg.edition.article.ArticleRepository;
import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.chapter.PartChapters;
import org.nlmg.edition.character.NovelCharacter;
import org.nlmg.edition.character.NovelCharacterRepository;
import org.nlmg.edition.source.SourceRepository;
import org.nlmg.edition.symbol.SymbolRepository;
import org.nlmg.edition.theme.ThemeRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final ChapterRepository chapters;

	private final NovelCharacterRepository characters;

	private final ThemeRepository themes;

	private final SymbolRepository symbols;

	private final SourceRepository sources;

	private final ArticleRepository articles;

	HomeController(ChapterRepository chapters, NovelCharacterRepository characters, ThemeRepository themes,
			SymbolRepository symbols, SourceRepository sources, ArticleRepository articles) {
		this.chapters = chapters;
		this.characters = characters;
		this.themes = themes;
		this.symbols = symbols;
		this.sources = sources;
		this.articles = articles;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("parts", PartChapters.of(this.chapters.findAllByOrderByNumberAsc()));
		model.addAttribute("characters", this.characters.findAllByOrderByTitleAsc().stream().filter(NovelCharacter::isMain).toList());
		model.addAttribute("themes", this.themes.findAllByOrderByTitleAsc());
		model.addAttribute("symbols", this.symbols.findAllByOrderByTitleAsc());
		model.addAttribute("sources", this.sources.findAllByOrderByTitleAsc());
		model.addAttribute("articles", this.articles.findAllByOrderByTitleAsc());
		return "home";
	}

}
