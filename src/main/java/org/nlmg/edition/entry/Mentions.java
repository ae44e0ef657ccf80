package org.nlmg.edition.entry;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.CrossReference;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Component;

/** The pages whose prose links to a given page: its "Mentioned in" list. */
@Component
class Mentions {

	/** Chapters in the book's order, then the other kinds, each by its label. */
	private static final Comparator<Entry> BOOK_ORDER = Comparator.comparing(Entry::getKind)
		.thenComparing((entry) -> (entry instanceof Chapter chapter) ? chapter.getNumber() : 0)
		.thenComparing(Entry::getLinkLabel, String.CASE_INSENSITIVE_ORDER);

	private final CrossReferenceRepository crossReferences;

	Mentions(CrossReferenceRepository crossReferences) {
		this.crossReferences = crossReferences;
	}

	/**
	 * For each page that mentions the target, the first link on it the reader may see, in
	 * the book's order.
	 */
	List<Link> of(Entry target, SpoilerPolicy policy) {
		Map<Entry, CrossReference> bySource = new LinkedHashMap<>();
		for (CrossReference reference : policy.filter(this.crossReferences.findByTargetOrderById(target)).items()) {
			bySource.putIfAbsent(reference.getSource(), reference);
		}
		return bySource.values()
			.stream()
			.sorted(Comparator.comparing(CrossReference::getSource, BOOK_ORDER))
			.map((reference) -> new Link(reference.getSource().getLinkLabel(), reference.getUrl()))
			.toList();
	}

}
