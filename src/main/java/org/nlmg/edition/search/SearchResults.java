package org.nlmg.edition.search;

import java.util.List;

import org.nlmg.edition.model.ContentKind;

/**
 * A search's page model: the sections found, by kind of page, for one reader.
 *
 * @param query what was searched
 * @param suggestion the query with misspelt names corrected ("Did you mean"), or null
 * @param total how many sections match, all of them, not only those shown
 * @param groups the kinds that have hits, in the edition's order
 */
public record SearchResults(SearchQuery query, String suggestion, int total, List<Group> groups) {

	static SearchResults none(SearchQuery query) {
		return new SearchResults(query, null, 0, List.of());
	}

	/**
	 * The hits on one kind of page.
	 *
	 * @param count how many sections of this kind match
	 * @param hits the best of them
	 */
	public record Group(ContentKind kind, int count, List<Hit> hits) {

		public String getLabel() {
			return (this.kind.indexTitle() != null) ? this.kind.indexTitle() : "Pages";
		}

		public boolean isCut() {
			return this.count > this.hits.size();
		}

	}

	/**
	 * One section found.
	 *
	 * @param title its page's title
	 * @param heading its heading, or null for a page's opening
	 * @param url its address, anchor included
	 * @param snippet its words around the match, HTML-escaped, matched words marked
	 */
	public record Hit(String title, String heading, String url, String snippet) {
	}

}
