package org.nlmg.edition.entry;

import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Part;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No entry of a kind at the address asked for: the helpful 404, in words that come from
 * the kind.
 */
public class EntryNotFoundException extends ResponseStatusException {

	public EntryNotFoundException(ContentKind kind, String slug) {
		super(HttpStatus.NOT_FOUND, message(kind, slug));
	}

	private static String message(ContentKind kind, String slug) {
		if (kind == ContentKind.CHAPTER) {
			return "The novel has chapters 1 to " + Part.LAST_CHAPTER + "; there is no chapter " + slug + ".";
		}
		return "There is no " + kind.noun() + " '" + slug + "' in this edition.";
	}

}
