package org.nlmg.edition.article;

import org.nlmg.edition.content.Mentions;
import org.nlmg.edition.system.Crumb;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The free pages (about, author, context ...), which live at the top of the site: /context. */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final Mentions mentions;

	ArticleController(ArticleRepository articles, Mentions mentions) {
		this.articles = articles;
		this.mentions = mentions;
	}

	@GetMapping("/{slug:[a-z0-9-]+}")
	String show(@PathVariable String slug, Model model) {
		Article article = this.articles.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no page '/" + slug + "' in this edition."));
		model.addAttribute("article", article);
		model.addAttribute("mentions", this.mentions.of(article));
		model.addAttribute("crumbs", Crumb.trail(article.getTitle()));
		return "articles/detail";
	}

}
