package org.nlmg.edition.entry;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.content.EditionProperties;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of a page of the edition, as citations, QR codes and link previews
 * print it: at the configured site address, or else at the host it was asked for.
 */
public final class PageAddresses {

	private final EditionProperties properties;

	public PageAddresses(EditionProperties properties) {
		this.properties = properties;
	}

	/** An edition path (with its query and fragment, if any) as an absolute address. */
	public String absolute(HttpServletRequest request, String path) {
		if (this.properties.siteAddress() != null) {
			return this.properties.addressOf(path);
		}
		return ServletUriComponentsBuilder.fromRequestUri(request)
			.replacePath(null)
			.replaceQuery(null)
			.build()
			.toUriString() + path;
	}

}
