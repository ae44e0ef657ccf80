package org.nlmg.edition.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nlmg.edition.address.AddressBook.Broken;

/**
 * Matches anchors that an edit broke to the blocks that replaced them, by their words
 * and, between near equals, by their place on the page. Where the match is clear the old
 * id is kept on the new block; where it is not, the author is asked.
 */
final class KeptIds {

	/** How alike two hints must be, in shared words, for a match to be taken unasked. */
	static final double SURE = 0.45;

	/** How far ahead of the next candidate the best must be. */
	static final double MARGIN = 0.1;

	private KeptIds() {
	}

	/**
	 * An old anchor and the new block that carries it on.
	 *
	 * @param alongside whether the block's own id is published too, so the old one is
	 * kept beside it ({@code also=}) rather than in its place
	 */
	record Match(Address old, String newId, double score, boolean alongside) {
	}

	/**
	 * An old anchor that could not be matched with confidence, and the likeliest blocks.
	 */
	record Question(Address old, List<Candidate> candidates) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(
					this.old.link() + " (\"" + this.old.hint() + "\") no longer resolves.");
			if (this.candidates.isEmpty()) {
				text.append(" No new block on its page resembles it.");
			}
			this.candidates.forEach((candidate) -> text.append("\n    maybe #")
				.append(candidate.id())
				.append(String.format(Locale.ROOT, " (%.0f%% alike): \"", candidate.score() * 100))
				.append(candidate.hint())
				.append('"'));
			text.append("\n    Keep it: end the block that carries its meaning with {#")
				.append(this.old.anchor())
				.append("}, or with {also=\"")
				.append(this.old.anchor())
				.append("\"} if that block keeps an id of its own.");
			return text.toString();
		}

	}

	record Candidate(String id, String hint, double score, boolean recorded) {
	}

	record Result(List<Match> matches, List<Question> questions) {
	}

	static Result match(List<Broken> broken, Map<String, SitePage> site, AddressBook book) {
		Set<String> recorded = book.addresses().stream().map(Address::link).collect(Collectors.toSet());
		List<Match> proposals = new ArrayList<>();
		List<Question> questions = new ArrayList<>();
		for (Broken entry : broken) {
			Address old = entry.address();
			SitePage page = site.get(old.page());
			if (old.isPage() || page == null || old.hint().isEmpty()) {
				questions.add(new Question(old, List.of()));
				continue;
			}
			List<Candidate> candidates = candidates(old, page, book, recorded);
			Candidate best = candidates.isEmpty() ? null : candidates.get(0);
			double second = (candidates.size() > 1) ? candidates.get(1).score() : 0;
			if (best != null && best.score() >= SURE && best.score() - second >= MARGIN) {
				proposals.add(new Match(old, best.id(), best.score(), best.recorded()));
			}
			else {
				questions.add(new Question(old, candidates.subList(0, Math.min(3, candidates.size()))));
			}
		}
		// Two old anchors may want one new block: the better match takes it.
		proposals.sort(Comparator.comparingDouble(Match::score).reversed());
		Set<String> taken = new HashSet<>();
		List<Match> matches = new ArrayList<>();
		for (Match proposal : proposals) {
			if (taken.add(proposal.old().page() + "#" + proposal.newId())) {
				matches.add(proposal);
			}
			else {
				questions.add(new Question(proposal.old(), List.of()));
			}
		}
		return new Result(matches, questions);
	}

	private static List<Candidate> candidates(Address old, SitePage page, AddressBook book, Set<String> recorded) {
		List<String> oldOrder = book.addresses()
			.stream()
			.filter((address) -> address.page().equals(old.page()) && !address.isPage())
			.map(Address::anchor)
			.toList();
		List<String> newOrder = List.copyOf(page.published().keySet());
		int oldPlace = oldOrder.indexOf(old.anchor());
		List<Candidate> candidates = new ArrayList<>();
		page.published().forEach((id, hint) -> {
			// A block whose id was never published is the likelier new home of an old
			// one.
			boolean published = recorded.contains(old.page() + "#" + id);
			if (!hint.isEmpty()) {
				double distance = Math.abs(newOrder.indexOf(id) - oldPlace);
				double score = alike(old.hint(), hint) + 0.05 * Math.max(0, 1 - distance / 5) - (published ? 0.05 : 0);
				candidates.add(new Candidate(id, hint, Math.max(0, Math.min(1, score)), published));
			}
		});
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return candidates;
	}

	/** The share of words two hints have in common (Jaccard). */
	static double alike(String one, String other) {
		Set<String> a = words(one);
		Set<String> b = words(other);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return (double) common.size() / all.size();
	}

	private static Set<String> words(String hint) {
		return Arrays.stream(hint.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.toSet());
	}

}
