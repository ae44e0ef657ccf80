package org.nlmg.edition.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Counts the requests that reach a controller, that is, that render. */
@TestConfiguration
class Renderings implements WebMvcConfigurer, HandlerInterceptor {

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	int of(String address) {
		return this.counts.getOrDefault(address, new AtomicInteger()).get();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String address = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		this.counts.computeIfAbsent(address, (key) -> new AtomicInteger()).incrementAndGet();
		return true;
	}

}
