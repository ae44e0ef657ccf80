package org.nlmg.edition.share;

/**
 * What the cite page shows.
 *
 * @param title what is cited: the page's title, and its section's heading
 * @param path the page's path, to link back to
 * @param anchor the section or paragraph, or null for the whole page
 * @param url the address the citations print
 * @param citations the citations themselves
 */
public record CiteView(String title, String path, String anchor, String url, PageCitations citations) {

	/** Where "back to the page" goes: the cited block on its page. */
	public String back() {
		return this.path + ((this.anchor != null) ? "#" + this.anchor : "");
	}

}
