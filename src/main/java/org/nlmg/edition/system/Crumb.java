package org.nlmg.edition.system;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a page's breadcrumb trail below the home page; the last step is the page itself.
 */
public record Crumb(String label, String url) {

	/** A trail from alternating labels and URLs, ending with the current page's label. */
	public static List<Crumb> trail(String... labelsAndUrls) {
		List<Crumb> crumbs = new ArrayList<>();
		for (int i = 0; i < labelsAndUrls.length; i += 2) {
			crumbs.add(new Crumb(labelsAndUrls[i], (i + 1 < labelsAndUrls.length) ? labelsAndUrls[i + 1] : null));
		}
		return crumbs;
	}

}
