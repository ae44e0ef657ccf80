package org.nlmg.edition.reading;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "I've read up to chapter N" form: remembers the answer in a cookie and goes back.
 */
@Controller
class ReadingPositionController {

	@PostMapping("/reading-position")
	String set(@RequestParam(name = "upto", defaultValue = "all") String upto,
			@RequestParam(name = "return", defaultValue = "/") String returnTo, HttpServletResponse response) {
		ReadingPosition position = ReadingPosition.of(upto, null, false);
		ResponseCookie cookie = ResponseCookie.from(ReadingPosition.COOKIE, position.getValue())
			.path("/")
			.maxAge(position.isWholeBook() ? Duration.ZERO : Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return "redirect:" + localPath(returnTo);
	}

	/** Only a path on this site: never send a reader elsewhere. */
	static String localPath(String path) {
		return (path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.matches("[A-Za-z0-9/_.#-]*")) ? path : "/";
	}

}
