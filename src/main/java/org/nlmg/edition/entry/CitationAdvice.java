package org.nlmg.edition.entry;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.content.EditionProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What a page needs to print "cite this page": its full address and today's date. */
@ControllerAdvice
@EnableConfigurationProperties(EditionProperties.class)
class CitationAdvice {

	private final Clock clock = Clock.systemDefaultZone();

	private final PageAddresses addresses;

	CitationAdvice(EditionProperties properties) {
		this.addresses = new PageAddresses(properties);
	}

	/**
	 * The page's address without its query, as a reader would paste it into a
	 * bibliography: at the configured site address, or else where it was asked for.
	 */
	@ModelAttribute("pageAddress")
	String pageAddress(HttpServletRequest request) {
		return this.addresses.absolute(request, request.getRequestURI());
	}

	@ModelAttribute("accessed")
	String accessed() {
		return MlaDates.format(LocalDate.now(this.clock));
	}

}
