package org.nlmg.edition.reading;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a page opened with {@code ?upto=N} (a teacher's link), every link the templates
 * build carries the same position on, so the whole visit stays at that position.
 */
@Component
class ReadingPositionLinkFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ReadingPosition position = ReadingPositionAdvice.of(request);
		if (!position.fromLink()) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public String encodeURL(String url) {
				String encoded = super.encodeURL(url);
				return (encoded.startsWith("/css/")) ? encoded : position.link(encoded);
			}
		});
	}

}
