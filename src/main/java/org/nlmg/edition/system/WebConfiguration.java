package org.nlmg.edition.system;

import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * The stylesheet and the one script, the only static files: fingerprinted by their
	 * content, so an address never names two versions and browsers keep each for a year
	 * without asking again.
	 */
	@Bean
	WebMvcConfigurer staticFiles() {
		return new WebMvcConfigurer() {
			@Override
			public void addResourceHandlers(ResourceHandlerRegistry registry) {
				for (String folder : new String[] { "css", "js" }) {
					registry.addResourceHandler("/" + folder + "/**")
						.addResourceLocations("classpath:/static/" + folder + "/")
						.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
						.resourceChain(true)
						.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
				}
			}
		};
	}

	/**
	 * No timing of every request: the edition exposes no metrics, and the actuator's
	 * observation filter would cost each stored page more than serving it
	 * (bench/wire.py). Registered, but off, so that Spring Boot adds none of its own.
	 */
	@Bean
	FilterRegistrationBean<ServerHttpObservationFilter> noRequestObservations() {
		FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(
				new ServerHttpObservationFilter(ObservationRegistry.NOOP));
		registration.setEnabled(false);
		return registration;
	}

}
