package org.nlmg.edition.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers and the edition's version before anything answers, so stored
 * pages, 304s, redirects and error pages all carry them. Every page shows the reader's
 * position, which the cookie may hold, so an answer varies with the cookie and is
 * revalidated every time (a stored page's bodiless 304 costs a slow network almost
 * nothing); the fingerprinted stylesheet and script set their own year-long caching.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(SecurityProperties.class)
class ResponseHeadersFilter extends OncePerRequestFilter {

	private final SecurityHeaders headers;

	private final EditionVersion version;

	ResponseHeadersFilter(SecurityProperties security, EditionVersion version) {
		this.headers = new SecurityHeaders(security);
		this.version = version;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// An error page is shown after a reset of the failed answer: set them again.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.headers.apply(response, request.isSecure());
		response.setHeader(EditionVersion.HEADER, this.version.header());
		String path = request.getRequestURI();
		if (!path.startsWith("/css/") && !path.startsWith("/js/")) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Cookie");
		}
		chain.doFilter(request, response);
	}

}
