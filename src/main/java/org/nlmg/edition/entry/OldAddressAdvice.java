package org.nlmg.edition.entry;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that is not found may have been renamed: its old address, an alias in the new
 * page's front matter, answers with a permanent redirect, keeping the query (a teacher's
 * {@code ?upto=N}). Anything else stays the helpful 404.
 */
@ControllerAdvice
class OldAddressAdvice {

	private final RedirectRepository redirects;

	OldAddressAdvice(RedirectRepository redirects) {
		this.redirects = redirects;
	}

	@ExceptionHandler
	ResponseEntity<Void> redirectOldAddress(EntryNotFoundException notFound, HttpServletRequest request) {
		String query = request.getQueryString();
		String target = this.redirects.findByFromPath(request.getRequestURI())
			.map((redirect) -> redirect.getTarget().getUrl() + ((query != null) ? "?" + query : ""))
			.orElseThrow(() -> notFound);
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, target).build();
	}

}
