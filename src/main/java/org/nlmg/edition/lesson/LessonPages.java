package org.nlmg.edition.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nlmg.edition.entry.EntryRepository;
import org.nlmg.edition.entry.EntryViews;
import org.nlmg.edition.entry.RedirectRepository;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.Redirect;
import org.nlmg.edition.model.Section;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a lesson's sections on the edition's pages, through the spoiler policy. A section
 * whose page moved is found at the page's new address; one whose anchor is gone is
 * replaced by its whole page, and the reader is told.
 */
@Service
@Transactional(readOnly = true)
class LessonPages {

	private final EntryRepository entries;

	private final RedirectRepository redirects;

	private final EntryViews entryViews;

	LessonPages(EntryRepository entries, RedirectRepository redirects, EntryViews entryViews) {
		this.entries = entries;
		this.redirects = redirects;
		this.entryViews = entryViews;
	}

	LessonView view(Lesson lesson, SpoilerPolicy policy) {
		Map<String, Entry> pages = this.entries.findAll()
			.stream()
			.filter((entry) -> entry.getKind().hasOwnPage())
			.collect(Collectors.toMap(Entry::getUrl, Function.identity(), (first, second) -> first));
		List<LessonView.Item> items = new ArrayList<>();
		List<String> problems = new ArrayList<>(lesson.problems());
		int heldBack = 0;
		for (String address : lesson.sections()) {
			int colon = address.indexOf(':');
			String path = "/" + ((colon >= 0) ? address.substring(0, colon) : address);
			String anchor = (colon >= 0) ? address.substring(colon + 1) : null;
			Optional<Entry> page = Optional.ofNullable(pages.get(path))
				.or(() -> this.redirects.findByFromPath(path).map(Redirect::getTarget));
			if (page.isEmpty()) {
				problems.add("There is no page at " + path + " (from '" + address + "'), so it was left out.");
				continue;
			}
			Entry entry = page.get();
			Optional<Section> section = (anchor != null) ? entry.getSections()
				.stream()
				.filter((candidate) -> anchor.equals(candidate.getAnchor()) || candidate.getAnchors().contains(anchor))
				.findFirst() : Optional.empty();
			if (anchor != null && section.isEmpty()) {
				problems.add("'" + entry.getTitle() + "' has no section #" + anchor
						+ " any more, so the lesson links to the whole page.");
			}
			boolean shown = policy.shows(entry) && section.map(policy::shows).orElse(true);
			if (!shown) {
				heldBack++;
				continue;
			}
			items.add(section
				.map((found) -> new LessonView.Item(address, entry.getTitle(),
						(found.getHeading() != null) ? found.getHeading() : entry.getTitle(),
						this.entryViews.section(found, entry, policy).opening(), found.getUrl()))
				.orElseGet(() -> new LessonView.Item(address, entry.getTitle(), entry.getTitle(),
						(entry.getDescription() != null) ? entry.getDescription() : "", entry.getUrl())));
		}
		return new LessonView(lesson, List.copyOf(items), List.copyOf(problems), heldBack);
	}

}
