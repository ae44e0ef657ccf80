package org.nlmg.edition.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nlmg.edition.entry.MlaDates;
import org.nlmg.edition.model.Source;

import org.springframework.web.util.HtmlUtils;

/**
 * A source's reference in the three styles schools ask for, built from its front matter
 * so that every source page formats them the same way. HTML, with titles in {@code <em>}.
 *
 * @param mla MLA 9th edition, works-cited entry
 * @param apa APA 7th edition, reference-list entry
 * @param chicago Chicago 17th edition, bibliography entry
 */
public record Citations(String mla, String apa, String chicago) {

	public static Citations of(Source source) {
		Author author = Author.parse(source.getAuthor());
		Published date = Published.parse(source.getDate());
		String title = escape(source.getCiteTitle());
		String container = (source.getContainer() != null) ? escape(source.getContainer()) : null;
		String publisher = escape(source.getPublisher());
		String url = (source.getWebAddress() != null) ? escape(source.getWebAddress()) : null;
		return new Citations(mla(author, date, title, container, publisher, url),
				apa(author, date, title, container, publisher, url),
				chicago(author, date, title, container, publisher, url));
	}

	private static String mla(Author author, Published date, String title, String container, String publisher,
			String url) {
		List<String> parts = new ArrayList<>();
		if (container != null) {
			parts.add("<em>" + container + "</em>");
			parts.add(publisher);
		}
		else {
			parts.add("<em>" + publisher + "</em>");
		}
		if (date.day() != null) {
			parts.add(MlaDates.format(date.day()));
		}
		else if (date.year() != null) {
			parts.add(date.year());
		}
		if (url != null) {
			parts.add(url);
		}
		return author.mla() + quoted(title) + " " + String.join(", ", parts) + ".";
	}

	private static String apa(Author author, Published date, String title, String container, String publisher,
			String url) {
		String when = (date.day() != null)
				? date.day().getYear() + ", " + MlaDates.monthName(date.day()) + " " + date.day().getDayOfMonth()
				: (date.year() != null) ? date.year() : "n.d.";
		String work = (container != null) ? title + ". In <em>" + container + "</em>"
				: isDescription(title) ? title : "<em>" + title + "</em>";
		// Without an author, APA moves the title to the front and the date after it.
		String lead = author.isNamed() ? author.apa() + " (" + when + "). " + work + ". " : work + ". (" + when + "). ";
		return lead + publisher + "." + ((url != null) ? " " + url : "");
	}

	private static String chicago(Author author, Published date, String title, String container, String publisher,
			String url) {
		String when = (date.day() != null) ? MlaDates.monthDayYear(date.day())
				: (date.year() != null) ? date.year() : "n.d.";
		String work = ((container != null) ? quoted(title) + " In <em>" + container + "</em>. " : quoted(title) + " ")
				+ publisher + ", " + when + (when.endsWith(".") ? "" : ".");
		return author.chicago() + work + ((url != null) ? " " + url + "." : "");
	}

	/**
	 * A title in square brackets describes a work instead of naming it, and is neither
	 * quoted nor italicised.
	 */
	private static boolean isDescription(String title) {
		return title.startsWith("[") && title.endsWith("]");
	}

	private static String quoted(String title) {
		return isDescription(title) ? title + "." : "\u201c" + title + ".\u201d";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	/**
	 * Who wrote it: a person ("Kazuo Ishiguro"), a group ("Wikipedia contributors") or
	 * nobody named.
	 */
	private record Author(String given, String family, String group) {

		static Author parse(String author) {
			if (author == null || author.isBlank() || author.equalsIgnoreCase("anonymous")) {
				return new Author(null, null, null);
			}
			String[] words = author.strip().split("\\s+");
			boolean person = words.length >= 2 && words.length <= 3
					&& !author.toLowerCase(Locale.ROOT).contains("contributors");
			if (!person) {
				return new Author(null, null, HtmlUtils.htmlEscape(author.strip()));
			}
			String family = words[words.length - 1];
			String given = author.strip().substring(0, author.strip().length() - family.length()).strip();
			return new Author(HtmlUtils.htmlEscape(given), HtmlUtils.htmlEscape(family), null);
		}

		boolean isNamed() {
			return this.family != null || this.group != null;
		}

		String mla() {
			return (this.family != null) ? this.family + ", " + this.given + ". "
					: (this.group != null) ? this.group + ". " : "";
		}

		String apa() {
			if (this.family == null) {
				return this.group + ".";
			}
			StringBuilder initials = new StringBuilder();
			for (String name : this.given.split("\\s+")) {
				initials.append(initials.isEmpty() ? "" : " ").append(name.charAt(0)).append('.');
			}
			return this.family + ", " + initials;
		}

		String chicago() {
			return mla();
		}

	}

	/** "2025", "2023-04-01" or "n.d." as written in the front matter. */
	private record Published(String year, LocalDate day) {

		static Published parse(String date) {
			if (date == null || !date.strip().matches("[0-9]{4}.*")) {
				return new Published(null, null);
			}
			try {
				return new Published(date.strip().substring(0, 4), LocalDate.parse(date.strip()));
			}
			catch (DateTimeParseException ex) {
				return new Published(date.strip().substring(0, 4), null);
			}
		}

	}

}
