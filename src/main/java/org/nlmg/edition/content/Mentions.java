package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The pages whose prose links to a given page: its "Mentioned in" list. */
@Component
public class Mentions {

	/** One page that mentions the target, linked to the first section where it does. */
	public record Mention(Entry source, String url, Integer chapter) implements ChapterTied {

		/** Held back until the reader has reached both the linking section and the page it is on. */
		@Override
		public Integer getTiedChapter() {
			return ChapterTied.latest(this.chapter, this.source.getTiedChapter());
		}

	}

	private final CrossReferenceRepository crossReferences;

	Mentions(CrossReferenceRepository crossReferences) {
		this.crossReferences = crossReferences;
	}

	public List<Mention> of(Entry target) {
		Map<Entry, Mention> bySource = new LinkedHashMap<>();
		for (CrossReference reference : this.crossReferences.findByTarget(target)) {
			Entry source = reference.getSource();
			String url = source.getUrl(reference.getSourceAnchor());
			bySource.putIfAbsent(source, new Mention(source, url, reference.getChapter()));
		}
		List<Mention> mentions = new ArrayList<>(bySource.values());
		mentions.sort((a, b) -> {
			int byKind = a.source().getKind().compareTo(b.source().getKind());
			return (byKind != 0) ? byKind : a.source().getLinkLabel().compareTo(b.source().getLinkLabel());
		});
		return mentions;
	}

}
