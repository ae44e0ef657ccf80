package org.nlmg.edition.entry;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What a page needs to print "cite this page": its full address and today's date. */
@ControllerAdvice
class CitationAdvice {

	private final Clock clock = Clock.systemDefaultZone();

	/**
	 * The page's address without its query, as a reader would paste it into a
	 * bibliography.
	 */
	@ModelAttribute("pageAddress")
	String pageAddress(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null).build().toUriString();
	}

	@ModelAttribute("accessed")
	String accessed() {
		return MlaDates.format(LocalDate.now(this.clock));
	}

}
