package org.nlmg.edition.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.content.EditionProperties;
import org.nlmg.edition.entry.PageAddresses;
import org.nlmg.edition.reading.ReadingPosition;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page what it needs to be shared: its description for link previews, and, on
 * a public page, its links to cite it, project it as a QR code and post it to Google
 * Classroom, each at the reader's position.
 */
@ControllerAdvice
@EnableConfigurationProperties(EditionProperties.class)
class ShareAdvice {

	private static final String CLASSROOM = "https://classroom.google.com/share?url=";

	private final EditionPages pages;

	private final PageAddresses addresses;

	ShareAdvice(EditionPages pages, EditionProperties properties) {
		this.pages = pages;
		this.addresses = new PageAddresses(properties);
	}

	@ModelAttribute("share")
	ShareLinks share(HttpServletRequest request, SpoilerPolicy policy) {
		String path = request.getRequestURI();
		if (!this.pages.paths().contains(path)) {
			return new ShareLinks(EditionPages.EDITION_DESCRIPTION, null, null, null, null);
		}
		String description = this.pages.find(path, policy)
			.map(EditionPages.PublicPage::description)
			.orElse(EditionPages.EDITION_DESCRIPTION);
		// A position the reader has set, from a link or the cookie, goes with what they
		// share: a class reached by it stays where the teacher is.
		ReadingPosition position = policy.position();
		String upto = (position.fromLink() || !position.isWholeBook()) ? position.getValue() : null;
		String address = this.addresses.absolute(request, withPosition(UriComponentsBuilder.fromPath(path), upto));
		return new ShareLinks(description,
				withPosition(UriComponentsBuilder.fromPath("/cite").queryParam("path", path), upto),
				withPosition(UriComponentsBuilder.fromPath("/qr.svg").queryParam("path", path), upto),
				withPosition(UriComponentsBuilder.fromPath("/qr.png").queryParam("path", path), upto),
				CLASSROOM + URLEncoder.encode(address, StandardCharsets.UTF_8));
	}

	private static String withPosition(UriComponentsBuilder link, String upto) {
		if (upto != null) {
			link.queryParam(ReadingPosition.PARAMETER, upto);
		}
		return link.encode().build().toUriString();
	}

}
