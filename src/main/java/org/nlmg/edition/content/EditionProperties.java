package org.nlmg.edition.content;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Typed settings of the edition.
 *
 * @param content where the content folder is: the copy packaged in the jar by default, or
 * a folder such as {@code file:/home/me/content/} for authors and for other editions
 */
@ConfigurationProperties("edition")
public record EditionProperties(String content) {

	public EditionProperties {
		if (content == null || content.isBlank()) {
			content = "classpath:content/";
		}
		if (!content.endsWith("/")) {
			content = content + "/";
		}
	}

}
