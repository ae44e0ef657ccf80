package org.nlmg.edition.source;

import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.model.Source;

/**
 * A source's page for one reader.
 *
 * @param page what every entry page has
 * @param citations how to cite the source itself
 */
public record SourceView(EntryView<Source> page, Citations citations) {

	/**
	 * Whether the student must add a date or address that our copy of the source lacks.
	 */
	public boolean isMissingDateOrAddress() {
		return this.page.entry().getWebAddress() == null || "n.d.".equals(this.page.entry().getDate());
	}

}
