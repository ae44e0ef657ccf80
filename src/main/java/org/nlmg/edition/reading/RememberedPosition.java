package org.nlmg.edition.reading;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * What "Set" does to a reader's position, from the running edition's form or from a
 * static host's: the cookie that remembers it, and the address that shows it.
 */
final class RememberedPosition {

	/** The form's flag: remember the {@code upto} of this request. */
	static final String PARAMETER = "remember";

	private RememberedPosition() {
	}

	/**
	 * Remembers the position, unless the request comes from another site (a link that
	 * sets a position may be followed, but it never changes what a reader chose).
	 */
	static void remember(ReadingPosition position, HttpServletRequest request, HttpServletResponse response) {
		if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
			return;
		}
		ResponseCookie cookie = ResponseCookie.from(ReadingPosition.COOKIE, position.getValue())
			.path("/")
			.maxAge(position.isWholeBook() ? Duration.ZERO : Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/**
	 * The page at the position: its address carries it, so the address bar is always safe
	 * to share with a class. The whole book is the bare address.
	 */
	static String address(String path, ReadingPosition position) {
		return position.addressOf(path);
	}

}
