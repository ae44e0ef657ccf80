package org.nlmg.edition.reading;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The earlier "I've read up to chapter N" form, which posted here: pages a browser kept
 * from before still work. It remembers the answer and goes back at that position.
 */
@Controller
class ReadingPositionController {

	@PostMapping("/reading-position")
	String set(@RequestParam(name = "upto", defaultValue = "all") String upto,
			@RequestParam(name = "return", defaultValue = "/") String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		rejectOtherSites(request);
		ReadingPosition position = ReadingPosition.of(upto, null, false);
		if (!position.fromLink()) {
			// Not a chapter: change nothing.
			return "redirect:" + LocalPath.of(returnTo);
		}
		RememberedPosition.remember(position, request, response);
		return "redirect:" + RememberedPosition.address(LocalPath.of(returnTo), position);
	}

	/**
	 * Only this site's own pages may change a reader's position: another site's form
	 * could otherwise switch spoiler protection off.
	 */
	private static void rejectOtherSites(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		boolean foreignSite = site != null && !site.equals("same-origin") && !site.equals("none");
		if (foreignSite || (origin != null && !isOwn(origin, request))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"The reading position can only be set from this edition's own pages.");
		}
	}

	private static boolean isOwn(String origin, HttpServletRequest request) {
		// The host alone: behind a proxy the port the edition listens on is not the
		// public one.
		try {
			return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
