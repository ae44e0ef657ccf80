package org.nlmg.edition.search;

import org.nlmg.edition.model.ChapterTied;
import org.nlmg.edition.model.Entry;

/** What search needs of a section: its words and where it is, without its HTML. */
public record SectionText(Entry entry, String anchor, String heading, Integer chapter,
		String words) implements ChapterTied {

	@Override
	public Integer getTiedChapter() {
		return this.chapter;
	}

	public String getUrl() {
		return this.entry.getUrl(this.anchor);
	}

}
