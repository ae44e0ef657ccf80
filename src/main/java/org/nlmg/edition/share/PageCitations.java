package org.nlmg.edition.share;

import java.time.LocalDate;

import org.nlmg.edition.entry.MlaDates;

import org.springframework.web.util.HtmlUtils;

/**
 * A page or paragraph of the edition cited in the styles schools ask for. The edition
 * names no author and no date of publication, so each style opens with the title of what
 * is cited. HTML, with what each style italicises in {@code <em>}.
 *
 * @param mla MLA 9th edition, works-cited entry
 * @param apa APA 7th edition, reference-list entry
 * @param chicagoNote Chicago 17th edition (notes and bibliography), the footnote
 * @param chicagoBibliography Chicago 17th edition (notes and bibliography), the
 * bibliography entry
 */
public record PageCitations(String mla, String apa, String chicagoNote, String chicagoBibliography) {

	static final String EDITION = "Never Let Me Go: A Study Edition";

	static PageCitations of(String title, String url, LocalDate accessed) {
		String cited = HtmlUtils.htmlEscape(title, "UTF-8");
		String address = HtmlUtils.htmlEscape(url, "UTF-8");
		String edition = "<em>" + EDITION + "</em>";
		String day = MlaDates.monthDayYear(accessed);
		return new PageCitations(
				"\u201c" + cited + ".\u201d " + edition + ", " + address + ". Accessed " + MlaDates.format(accessed)
						+ ".",
				"<em>" + cited + "</em>. (n.d.). " + EDITION + ". Retrieved " + day + ", from " + address,
				"\u201c" + cited + ",\u201d " + edition + ", accessed " + day + ", " + address + ".",
				"\u201c" + cited + ".\u201d " + edition + ". Accessed " + day + ". " + address + ".");
	}

}
