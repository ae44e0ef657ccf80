package org.nlmg.edition.system;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/**
	 * Pages change only when the content does, so a browser on a slow school network that
	 * has a page already gets a bodiless 304 instead of the page again.
	 */
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

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		// Tomcat never compresses a response with a strong ETag (the compressed bytes
		// differ from the ones it names): a weak one lets pages travel gzipped.
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
