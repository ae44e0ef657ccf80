package org.nlmg.edition.reading;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.model.Part;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.WebUtils;

/**
 * Gives every page the reader's position, for the header and for holding back spoilers.
 */
@ControllerAdvice
class ReadingPositionAdvice {

	@ModelAttribute("reading")
	ReadingPosition reading(HttpServletRequest request) {
		return ReadingPositionAdvice.of(request);
	}

	/** Whether to ask this reader how far they have read: see {@link FirstVisit}. */
	@ModelAttribute("firstVisit")
	boolean firstVisit(HttpServletRequest request) {
		return FirstVisit.is(request);
	}

	/**
	 * The chapters a reader can say they have read up to; after the last comes "the whole
	 * book".
	 */
	@ModelAttribute("readingChoices")
	List<Integer> readingChoices() {
		return IntStream.range(1, Part.LAST_CHAPTER).boxed().toList();
	}

	/**
	 * The page's own path, for the position form to come back to and for "show them"
	 * links.
	 */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		// On the error page, the address the reader asked for rather than /error.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return LocalPath.of((failed instanceof String path) ? path : request.getRequestURI());
	}

	/** What else the page's address says, for the position form to send back. */
	@ModelAttribute("pageParameters")
	List<Map.Entry<String, String>> pageParameters(HttpServletRequest request) {
		return PageParameters.of(request);
	}

	/** The page's own address without the position: its path and what it shows. */
	@ModelAttribute("pageLink")
	String pageLink(HttpServletRequest request) {
		return PageParameters.address(currentPath(request), request);
	}

	static ReadingPosition of(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, ReadingPosition.COOKIE);
		return ReadingPosition.of(request.getParameter(ReadingPosition.PARAMETER),
				(cookie != null) ? cookie.getValue() : null,
				request.getParameter(ReadingPosition.REVEAL_PARAMETER) != null);
	}

}
