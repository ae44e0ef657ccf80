package org.nlmg.edition.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.nlmg.edition.reading.LocalPath;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query or form that Tomcat cannot decode (invalid UTF-8, a body over the form limit)
 * makes every {@code getParameter} call throw. Such a request is the client's mistake: it
 * is answered with a 400, logged in one line, and its error page is shown as for a
 * request without parameters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UnreadableParametersFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				chain.doFilter(new WithoutParameters(request), response);
				return;
			}
			logger.info("Answered 400: the parameters of " + request.getMethod() + " "
					+ LocalPath.of(request.getRequestURI()) + " could not be read");
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.emptyMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
