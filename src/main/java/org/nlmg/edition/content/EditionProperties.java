package org.nlmg.edition.content;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Typed settings of the edition.
 *
 * @param content where the content folder is: the copy packaged in the jar by default, or
 * a folder such as {@code file:/home/me/content/} for authors and for other editions
 * @param siteAddress the address readers reach the edition at, such as
 * {@code https://nlmg.example.org}, which citations print; when unset, the address each
 * request was made to
 * @param maxFileSize the largest content file the edition reads: a larger one stops
 * start-up, as every page of it would be held and sent whole (512KB unless set; the
 * longest chapter is about 15KB)
 */
@ConfigurationProperties("edition")
public record EditionProperties(String content, URI siteAddress, DataSize maxFileSize) {

	static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofKilobytes(512);

	public EditionProperties {
		if (maxFileSize == null) {
			maxFileSize = DEFAULT_MAX_FILE_SIZE;
		}
		if (content == null || content.isBlank()) {
			content = "classpath:content/";
		}
		if (!content.endsWith("/")) {
			content = content + "/";
		}
		if (siteAddress != null && (!siteAddress.isAbsolute() || siteAddress.getHost() == null)) {
			throw new IllegalArgumentException(
					"edition.site-address must be an absolute address such as https://nlmg.example.org, not '"
							+ siteAddress + "'");
		}
	}

	/** The absolute address of a path of the edition, at the configured site address. */
	public String addressOf(String path) {
		String base = this.siteAddress.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
