package org.nlmg.edition.entry;

import java.util.ArrayList;
import java.util.List;

import org.nlmg.edition.entry.EntryView.Card;
import org.nlmg.edition.entry.EntryView.Gate;
import org.nlmg.edition.entry.EntryView.SectionView;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.Section;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;

import org.springframework.stereotype.Component;

/**
 * Builds the part of every entry page that all kinds share, through the one spoiler
 * policy: the same gate for every kind, the same sections held back, the same mentions.
 */
@Component
public class EntryViews {

	private final Mentions mentions;

	EntryViews(Mentions mentions) {
		this.mentions = mentions;
	}

	/**
	 * @param trail the crumbs above the page; the page's own is added
	 * @param heldBackElsewhere what the kind's own parts of the page held back, to count
	 * with the sections
	 */
	public <E extends Entry> EntryView<E> of(E entry, SpoilerPolicy policy, List<Crumb> trail, int heldBackElsewhere) {
		List<Crumb> crumbs = new ArrayList<>(trail);
		if (!policy.shows(entry)) {
			Gate gate = new Gate(entry.getTiedChapter(), gateTitle(entry));
			crumbs.add(Crumb.here(gate.what()));
			return new EntryView<>(entry, gate.what(), gate, List.of(), 0, List.of(), List.copyOf(crumbs), false);
		}
		Shown<SectionView> sections = sections(entry, policy);
		crumbs.add(Crumb.here(entry.getLinkLabel()));
		// A chapter page is about its own chapter; every other page follows the book and
		// may reach its end.
		boolean coversWholeBook = policy.position().isWholeBook() && entry.getKind() != ContentKind.CHAPTER;
		String title = (entry instanceof Chapter chapter) ? chapter.getFullTitle() : entry.getTitle();
		return new EntryView<>(entry, title, null, sections.items(), sections.heldBack() + heldBackElsewhere,
				this.mentions.of(entry, policy), List.copyOf(crumbs), coversWholeBook);
	}

	/**
	 * The sections of an entry the reader may see, their links adapted for the reader.
	 */
	public Shown<SectionView> sections(Entry entry, SpoilerPolicy policy) {
		Shown<Section> sections = policy.filter(entry.getSections());
		return new Shown<>(sections.items().stream().map((section) -> section(section, entry, policy)).toList(),
				sections.heldBack());
	}

	/**
	 * One section as the reader gets it, its links adapted for the reader and its marks
	 * citable.
	 */
	public SectionView section(Section section, Entry entry, SpoilerPolicy policy) {
		return new SectionView(section.getLevel(), section.getChapter(), section.getAnchor(), section.getHeading(),
				CiteLinks.add(policy.prose(section.getHtml()), entry, policy.position()));
	}

	/** An entry page under its kind's index page. */
	public <E extends Entry> EntryView<E> of(E entry, SpoilerPolicy policy) {
		ContentKind kind = entry.getKind();
		return of(entry, policy, (kind.indexUrl() != null) ? List.of(Crumb.index(kind)) : List.of(), 0);
	}

	/** A list of entries as cards, without those the reader may not see. */
	public Shown<Card> cards(List<? extends Entry> entries, SpoilerPolicy policy) {
		Shown<? extends Entry> shown = policy.filter(entries);
		return new Shown<>(shown.items()
			.stream()
			.map((entry) -> new Card(entry.getLinkLabel(), entry.getUrl(), entry.getDescription()))
			.toList(), shown.heldBack());
	}

	private static String gateTitle(Entry entry) {
		// A chapter's and a quiz's labels name only a number, so they give nothing away.
		return (entry.getKind() == ContentKind.CHAPTER || entry.getKind() == ContentKind.QUIZ) ? entry.getLinkLabel()
				: "A " + entry.getKind().noun() + " from later in the book";
	}

}
