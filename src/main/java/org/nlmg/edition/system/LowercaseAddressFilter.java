package org.nlmg.edition.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every address of the edition is lowercase; one typed or pasted with capitals
 * ({@code /Characters/Tommy}) is sent, for good, to the lowercase one.
 */
@Component
class LowercaseAddressFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String lower = path.toLowerCase(Locale.ROOT);
		// An address starting "//" would name another host in the Location header: never
		// redirect it.
		if (!"GET".equals(request.getMethod()) || lower.equals(path) || path.startsWith("//")) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, lower + ((query != null) ? "?" + query : ""));
	}

}
