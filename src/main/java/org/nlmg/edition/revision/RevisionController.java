package org.nlmg.edition.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.EntryNotFoundException;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The revision pages: the key phrases gathered, and the one-page summaries. */
@Controller
class RevisionController {

	private static final List<Crumb> KEY_PHRASES = List.of(Crumb.to("Key phrases", KeyPhrasePages.PATH));

	private final KeyPhrasePages keyPhrases;

	private final SummaryPages summaries;

	RevisionController(KeyPhrasePages keyPhrases, SummaryPages summaries) {
		this.keyPhrases = keyPhrases;
		this.summaries = summaries;
	}

	@GetMapping(KeyPhrasePages.PATH)
	String keyPhrases(SpoilerPolicy policy, Model model) {
		return page("revision/key-phrases", this.keyPhrases.all(policy), KeyPhrasesView::title, model, List.of());
	}

	@GetMapping(KeyPhrasePages.PATH + "/theme/{slug:[a-z0-9-]+}")
	String theme(@PathVariable String slug, SpoilerPolicy policy, Model model) {
		return page("revision/key-phrases", this.keyPhrases.about(ContentKind.THEME, slug, policy),
				KeyPhrasesView::title, model, KEY_PHRASES);
	}

	@GetMapping(KeyPhrasePages.PATH + "/character/{slug:[a-z0-9-]+}")
	String character(@PathVariable String slug, SpoilerPolicy policy, Model model) {
		return page("revision/key-phrases", this.keyPhrases.about(ContentKind.CHARACTER, slug, policy),
				KeyPhrasesView::title, model, KEY_PHRASES);
	}

	@GetMapping(SummaryPages.PATH)
	String summary(SpoilerPolicy policy, Model model) {
		return page("revision/summary", this.summaries.book(policy), SummaryView::title, model, List.of());
	}

	@GetMapping(SummaryPages.PATH + "/part-{number:[0-9]{1,2}}")
	String part(@PathVariable int number, SpoilerPolicy policy, Model model) {
		if (number < 1 || number > Part.values().length) {
			throw new EntryNotFoundException(ContentKind.PAGE, SummaryPages.PATH + "/part-" + number);
		}
		return page("revision/summary", this.summaries.part(Part.values()[number - 1], policy), SummaryView::title,
				model, List.of(Crumb.to("Summary", SummaryPages.PATH)));
	}

	/** A page with its view and its crumbs: the trail above it, then its own title. */
	private static <V> String page(String template, V view, Function<V, String> title, Model model, List<Crumb> trail) {
		List<Crumb> crumbs = new ArrayList<>(trail);
		crumbs.add(Crumb.here(title.apply(view)));
		model.addAttribute("view", view);
		model.addAttribute("crumbs", crumbs);
		return template;
	}

}
