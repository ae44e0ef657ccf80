package org.nlmg.edition.system;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * The one script, beside the stylesheet's handler: fingerprinted by its content, like
	 * the stylesheet, so a new version is never mistaken for a cached one.
	 */
	@Bean
	WebMvcConfigurer scripts() {
		return new WebMvcConfigurer() {
			@Override
			public void addResourceHandlers(ResourceHandlerRegistry registry) {
				registry.addResourceHandler("/js/**")
					.addResourceLocations("classpath:/static/js/")
					.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)))
					.resourceChain(true)
					.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
			}
		};
	}

}
