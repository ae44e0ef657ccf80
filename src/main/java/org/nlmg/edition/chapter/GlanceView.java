package org.nlmg.edition.chapter;

import java.util.ArrayList;
import java.util.List;

import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.entry.EntryView.SectionView;
import org.nlmg.edition.model.Chapter;

/**
 * A chapter at a glance, for a handout: its summary, each commentary heading with its
 * first lines, and its questions, of what the reader may see.
 *
 * @param page the chapter's page for the reader, gated past their position
 * @param summary the summary section, or null
 * @param commentary the commentary's sections, each to show by its heading and opening
 * @param questions the question sections, in full
 */
public record GlanceView(EntryView<Chapter> page, SectionView summary, List<SectionView> commentary,
		List<SectionView> questions) {

	static GlanceView of(EntryView<Chapter> page) {
		SectionView summary = null;
		List<SectionView> commentary = new ArrayList<>();
		List<SectionView> questions = new ArrayList<>();
		String group = "";
		for (SectionView section : page.sections()) {
			if (section.level() <= 2) {
				group = section.heading();
				if (group.equalsIgnoreCase("Summary")) {
					summary = section;
				}
				else if (group.toLowerCase().contains("question")) {
					questions.add(section);
				}
			}
			else if (group.equalsIgnoreCase("Commentary")) {
				commentary.add(section);
			}
		}
		return new GlanceView(page, summary, List.copyOf(commentary), List.copyOf(questions));
	}

	public Chapter chapter() {
		return this.page.entry();
	}

}
