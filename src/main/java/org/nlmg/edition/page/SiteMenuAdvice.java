package org.nlmg.edition.page;

import java.util.List;
import java.util.function.Supplier;

import org.nlmg.edition.entry.Link;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the header's "More" menu the edition's free pages (the world of the book), so the
 * navigation reaches every one of them in two taps and never names a page that is gone.
 */
@ControllerAdvice
class SiteMenuAdvice {

	// The content cannot change while the edition runs: read the list once.
	private final Supplier<List<Link>> worldPages;

	// A web slice test runs without repositories: its pages show no world pages.
	SiteMenuAdvice(ObjectProvider<PageRepository> pages) {
		this.worldPages = SingletonSupplier.of(() -> pages.stream()
			.flatMap((repository) -> repository.findAllByOrderByTitleAsc().stream())
			.map((page) -> new Link(page.getTitle(), page.getUrl()))
			.toList());
	}

	@ModelAttribute("worldPages")
	List<Link> worldPages() {
		return this.worldPages.get();
	}

}
