package org.nlmg.edition.reading;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.WebUtils;

/**
 * A reader who has never set a position, did not come by a link that carries one, and has
 * not been asked yet: their page asks, once, how far they have read.
 */
public final class FirstVisit {

	/** Set with the first page that asks, so that no later page asks again. */
	public static final String COOKIE = "asked";

	private FirstVisit() {
	}

	/**
	 * Whether this request is a first visit. The page store keeps the asking page apart
	 * from the others by this same test.
	 */
	public static boolean is(HttpServletRequest request) {
		return request.getParameter(ReadingPosition.PARAMETER) == null
				&& WebUtils.getCookie(request, ReadingPosition.COOKIE) == null
				&& WebUtils.getCookie(request, COOKIE) == null;
	}

}
