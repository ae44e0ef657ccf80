package org.nlmg.edition.reading;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
		ReadingPosition position = ReadingPosition.of(upto, null, false);
		if (!position.fromLink()) {
			// Not a chapter: change nothing.
			return "redirect:" + localPath(returnTo);
		}
		RememberedPosition.remember(position, request, response);
		return "redirect:" + RememberedPosition.address(localPath(returnTo), position);
	}

	/** Only a path on this site: never send a reader elsewhere. */
	static String localPath(String path) {
		return (path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.matches("[A-Za-z0-9/_.-]*")) ? path : "/";
	}

}
