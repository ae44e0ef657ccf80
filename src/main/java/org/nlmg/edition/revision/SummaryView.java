package org.nlmg.edition.revision;

import java.util.List;

import org.nlmg.edition.entry.Link;
import org.nlmg.edition.model.Part;

/**
 * A one-page summary for one reader: a paragraph per chapter up to the position.
 *
 * @param title the page's title
 * @param parts the parts the page covers, each with the chapters the reader may see
 * @param heldBack how many chapters were held back
 * @param elsewhere the other one-page summaries
 */
public record SummaryView(String title, List<PartSummary> parts, int heldBack, List<Link> elsewhere) {

	public record PartSummary(Part part, List<Synopsis> chapters) {
	}

	/** A chapter's synopsis, its links adapted for the reader. */
	public record Synopsis(int number, String title, String url, String html) {
	}

}
