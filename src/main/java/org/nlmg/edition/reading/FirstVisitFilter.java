package org.nlmg.edition.reading;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers that a first-time reader has been asked how far they have read, so the
 * question comes once, with JavaScript or without. The cookie goes on before the page
 * store answers, so the asking page can be stored like any other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class FirstVisitFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || path.startsWith("/css/") || path.startsWith("/js/")
				|| !FirstVisit.is(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ResponseCookie asked = ResponseCookie.from(FirstVisit.COOKIE, "1")
			.path("/")
			.maxAge(Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, asked.toString());
		chain.doFilter(request, response);
	}

}
