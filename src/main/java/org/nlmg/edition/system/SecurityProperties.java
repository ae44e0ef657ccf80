package org.nlmg.edition.system;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the edition may be shown inside other sites' pages.
 *
 * @param frameAncestors the sites that may embed pages in a frame, as a CSP
 * {@code frame-ancestors} source list: {@code 'self'} by default, {@code 'none'} for
 * nowhere, or a learning platform's origin such as {@code 'self' https://vle.example.org}
 */
@ConfigurationProperties("edition.security")
public record SecurityProperties(String frameAncestors) {

	/** Sources only: a ";" or "," would start another directive or policy. */
	private static final Pattern SOURCE_LIST = Pattern.compile("[A-Za-z0-9 '*:/._-]+");

	public SecurityProperties {
		if (frameAncestors == null || frameAncestors.isBlank()) {
			frameAncestors = "'self'";
		}
		frameAncestors = frameAncestors.strip();
		if (!SOURCE_LIST.matcher(frameAncestors).matches()) {
			throw new IllegalArgumentException(
					"edition.security.frame-ancestors must be a list of origins such as 'self' https://vle.example.org, not '"
							+ frameAncestors + "'");
		}
	}

}
