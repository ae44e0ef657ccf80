package org.nlmg.edition.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nlmg.edition.chapter.ChapterRepository;
import org.nlmg.edition.entry.Link;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.reading.SpoilerPolicy;
import org.nlmg.edition.reading.SpoilerPolicy.Shown;
import org.nlmg.edition.revision.SummaryView.PartSummary;
import org.nlmg.edition.revision.SummaryView.Synopsis;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the one-page summaries, of the whole book and of each part. */
@Service
@Transactional(readOnly = true)
class SummaryPages {

	private final ChapterRepository chapters;

	SummaryPages(ChapterRepository chapters) {
		this.chapters = chapters;
	}

	static final String PATH = "/summary";

	SummaryView book(SpoilerPolicy policy) {
		return view("The whole book in one page", Arrays.asList(Part.values()), policy);
	}

	SummaryView part(Part part, SpoilerPolicy policy) {
		return view(part.getLabel() + " in one page", List.of(part), policy);
	}

	/** The address of a part's summary. */
	static String url(Part part) {
		return PATH + "/part-" + part.getNumber();
	}

	private SummaryView view(String title, List<Part> parts, SpoilerPolicy policy) {
		List<Link> elsewhere = new ArrayList<>();
		if (parts.size() == 1) {
			elsewhere.add(new Link("The whole book", PATH));
		}
		Arrays.stream(Part.values())
			.filter((part) -> parts.size() > 1 || !parts.contains(part))
			.forEach((part) -> elsewhere.add(new Link(part.getLabel(), url(part))));
		List<Chapter> all = this.chapters.findAllByOrderByNumberAsc()
			.stream()
			.filter((chapter) -> parts.contains(chapter.getPart()))
			.toList();
		Shown<Chapter> shown = policy.filter(all);
		List<PartSummary> summaries = parts.stream()
			.map((part) -> new PartSummary(part,
					shown.items()
						.stream()
						.filter((chapter) -> chapter.getPart() == part)
						.map((chapter) -> new Synopsis(chapter.getNumber(), chapter.getFullTitle(), chapter.getUrl(),
								policy.prose(chapter.getSynopsis())))
						.toList()))
			.toList();
		return new SummaryView(title, summaries, shown.heldBack(), elsewhere);
	}

}
