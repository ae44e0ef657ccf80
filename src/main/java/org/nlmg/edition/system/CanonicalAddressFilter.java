package org.nlmg.edition.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nlmg.edition.reading.LocalPath;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One address per page: one typed or pasted with capitals ({@code /Characters/Tommy}), a
 * trailing slash ({@code /chapters/}) or a leading zero ({@code /chapters/06}) is sent,
 * for good, to the canonical one. The redirect is a path, so the request's Host header
 * never reaches it.
 */
@Component
class CanonicalAddressFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String canonical = canonical(path);
		String query = request.getQueryString();
		// An address starting "//" would name another host in the Location header, and
		// one far longer than the edition's would not fit in it: never redirect them.
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		int length = path.length() + ((query != null) ? query.length() : 0);
		if (!read || canonical.equals(path) || path.startsWith("//") || length > LocalPath.MAX_LENGTH) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, canonical + ((query != null) ? "?" + query : ""));
	}

	static String canonical(String path) {
		String canonical = path.toLowerCase(Locale.ROOT);
		if (canonical.length() > 1) {
			canonical = canonical.replaceFirst("/+$", "");
		}
		canonical = canonical.replaceFirst("^/chapters/0+(?=[1-9])", "/chapters/");
		return canonical.isEmpty() ? "/" : canonical;
	}

}
