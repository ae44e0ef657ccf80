package org.nlmg.edition.address;

/**
 * One published address: a page, or an anchor on it.
 *
 * @param page the page's path, such as {@code /chapters/6}
 * @param anchor the id on the page, or null for the page itself
 * @param hint the first and last words of the block the anchor stands on, or an empty
 * string: what lets an edited paragraph be matched to its old id
 */
record Address(String page, String anchor, String hint) {

	Address {
		hint = (hint != null) ? hint : "";
	}

	static Address parse(String line) {
		String[] parts = line.split("\t", 2);
		String address = parts[0].strip();
		String hint = (parts.length > 1) ? parts[1].strip() : "";
		int hash = address.indexOf('#');
		return (hash < 0) ? new Address(address, null, hint)
				: new Address(address.substring(0, hash), address.substring(hash + 1), hint);
	}

	boolean isPage() {
		return this.anchor == null;
	}

	String link() {
		return isPage() ? this.page : this.page + "#" + this.anchor;
	}

	String line() {
		return this.hint.isEmpty() ? link() : link() + "\t" + this.hint;
	}

}
