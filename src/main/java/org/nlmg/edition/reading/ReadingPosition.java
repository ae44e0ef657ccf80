package org.nlmg.edition.reading;

import org.nlmg.edition.model.Part;

/**
 * How far the reader has read: everything tied to a later chapter is held back.
 *
 * @param upto the last chapter read, or null for the whole book
 * @param fromLink whether the position came from the page's address ({@code ?upto=9})
 * rather than the reader's cookie; links built on such a page carry it on
 * @param revealed whether the reader asked to see this one page in full
 * @param notice what to tell a reader whose {@code upto} value could not be used, or null
 */
public record ReadingPosition(Integer upto, boolean fromLink, boolean revealed, String notice) {

	public static final String PARAMETER = "upto";

	public static final String COOKIE = "upto";

	public static final String REVEAL_PARAMETER = "reveal";

	/**
	 * Reads a position from the address, then the cookie. A value that is not a chapter
	 * is ignored with a notice; one past the last chapter means the whole book.
	 */
	public static ReadingPosition of(String parameter, String cookie, boolean revealed) {
		if (parameter != null) {
			Parsed fromLink = parse(parameter);
			if (fromLink.valid) {
				String notice = (fromLink.beyondTheEnd)
						? "The novel has " + Part.LAST_CHAPTER + " chapters, so this shows the whole book." : null;
				return new ReadingPosition(fromLink.upto, true, revealed, notice);
			}
			ReadingPosition fallback = of(null, cookie, revealed);
			return new ReadingPosition(fallback.upto, false, revealed,
					"The link asked for a reading position of '" + abbreviate(parameter)
							+ "', which is not a chapter from 1 to " + Part.LAST_CHAPTER + ". "
							+ ((fallback.upto != null) ? "Showing chapters up to " + fallback.upto + ", as you set."
									: "Showing the whole book."));
		}
		if (cookie != null) {
			Parsed fromCookie = parse(cookie);
			if (fromCookie.valid) {
				return new ReadingPosition(fromCookie.upto, false, revealed, null);
			}
		}
		return new ReadingPosition(null, false, revealed, null);
	}

	private record Parsed(boolean valid, Integer upto, boolean beyondTheEnd) {
	}

	private static Parsed parse(String value) {
		String trimmed = value.strip();
		if (trimmed.equalsIgnoreCase("all")) {
			return new Parsed(true, null, false);
		}
		if (!trimmed.matches("[0-9]{1,9}")) {
			return new Parsed(false, null, false);
		}
		int chapter = Integer.parseInt(trimmed);
		if (chapter < 1) {
			return new Parsed(false, null, false);
		}
		return new Parsed(true, (chapter >= Part.LAST_CHAPTER) ? null : chapter, chapter > Part.LAST_CHAPTER);
	}

	private static String abbreviate(String value) {
		return (value.length() > 20) ? value.substring(0, 20) + "…" : value;
	}

	public boolean isWholeBook() {
		return this.upto == null;
	}

	/** Whether something tied to this chapter may be shown: the spoiler rule itself. */
	boolean allows(int chapter) {
		return allows(Integer.valueOf(chapter));
	}

	boolean allows(Integer chapter) {
		return this.revealed || chapter == null || this.upto == null || chapter <= this.upto;
	}

	/** The value to carry in links: the chapter, or "all". */
	public String getValue() {
		return (this.upto != null) ? String.valueOf(this.upto) : "all";
	}

	/**
	 * The page at this position, whichever way the position was set: the address a class
	 * is given. The whole book is the bare address.
	 */
	public String addressOf(String address) {
		return isWholeBook() ? address : address + (address.contains("?") ? "&" : "?") + PARAMETER + "=" + getValue();
	}

	/**
	 * Adds the position to a link, when this page's position came from its own address.
	 */
	public String link(String url) {
		if (!this.fromLink || url == null || !url.startsWith("/") || url.startsWith("//")) {
			return url;
		}
		int hash = url.indexOf('#');
		String path = (hash >= 0) ? url.substring(0, hash) : url;
		String fragment = (hash >= 0) ? url.substring(hash) : "";
		if (path.contains(PARAMETER + "=")) {
			return url;
		}
		return path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + getValue() + fragment;
	}

}
