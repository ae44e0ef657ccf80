package org.nlmg.edition.system;

/**
 * What an error answer says, in words, to a reader or a program: the same few sentences
 * for the error page, the plain-text answer and Tomcat's own, and never the request's
 * text or anything about the code.
 */
final class ErrorText {

	private ErrorText() {
	}

	static String of(int status) {
		if (status == 404) {
			return "There is no page at this address.";
		}
		if (status == 403) {
			return "The form that asked to change your reading position was sent from another site, so nothing was changed.";
		}
		return (status < 500)
				? "This site only shows pages: part of the address, or the way it was asked for, is not something it understands."
				: "The page could not be shown. Please try again in a moment.";
	}

	/** The plain-text answer, for clients that did not ask for a page. */
	static String plain(int status) {
		return "Error " + status + ": " + of(status) + "\n";
	}

}
