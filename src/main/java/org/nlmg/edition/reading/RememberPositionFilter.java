package org.nlmg.edition.reading;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The "I've read up to" form sends {@code ?upto=N&remember=1} to the page itself, so the
 * same form works on a static host. Here the edition remembers the position and answers
 * with the page's address at that position, before any page is looked up or stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class RememberPositionFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getParameter(RememberedPosition.PARAMETER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String upto = request.getParameter(ReadingPosition.PARAMETER);
		ReadingPosition position = ReadingPosition.of((upto != null) ? upto : "all", null, false);
		String path = PageParameters.address(LocalPath.of(request.getRequestURI()), request);
		if (position.fromLink()) {
			RememberedPosition.remember(position, request, response);
			response.sendRedirect(RememberedPosition.address(path, position));
		}
		else {
			// Not a chapter: change nothing, and show the page as the reader had it.
			response.sendRedirect(path);
		}
	}

}
