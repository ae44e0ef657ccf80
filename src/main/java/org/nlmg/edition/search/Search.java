package org.nlmg.edition.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the pages whose prose holds every word of a query, best first, never showing a
 * reader anything past their reading position.
 */
@Component
@Transactional(readOnly = true)
class Search {

	static final int MAX_QUERY_LENGTH = 100;

	private static final int MAX_WORDS = 6;

	private static final int MAX_RESULTS = 40;

	/** A page that matches, with the sections of it that do. */
	record Result(Entry entry, List<Hit> hits, int score) {

		/** A chapter by its full title; anything else by its label. */
		public String getTitle() {
			return (this.entry instanceof Chapter chapter) ? chapter.getFullTitle() : this.entry.getLinkLabel();
		}

	}

	/** One matching section and the words around the first match. */
	record Hit(SectionText section, String snippet) {
	}

	private final SectionSearchRepository sections;

	Search(SectionSearchRepository sections) {
		this.sections = sections;
	}

	/**
	 * The words of a query: letters and digits, at least two of them, at most six words.
	 */
	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
			String trimmed = word.replaceAll("(^'+|'+$)", "");
			if (trimmed.length() >= 2 && !words.contains(trimmed) && words.size() < MAX_WORDS) {
				words.add(trimmed);
			}
		}
		return words;
	}

	List<Result> find(List<String> words, SpoilerPolicy policy) {
		if (words.isEmpty()) {
			return List.of();
		}
		String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
		Map<Entry, List<SectionText>> byEntry = new LinkedHashMap<>();
		for (SectionText section : this.sections.findContaining("%" + escapeLike(longest) + "%")) {
			if (policy.shows(section) && policy.shows(section.entry())) {
				byEntry.computeIfAbsent(section.entry(), (e) -> new ArrayList<>()).add(section);
			}
		}
		List<Result> results = new ArrayList<>();
		byEntry.forEach((entry, candidates) -> {
			String title = entry.getLinkLabel().toLowerCase(Locale.ROOT);
			String pageText = (title + " " + String.join(" ", candidates.stream().map(Search::searchable).toList()));
			if (!words.stream().allMatch(pageText::contains)) {
				return;
			}
			List<Hit> hits = candidates.stream()
				.filter((s) -> words.stream().anyMatch(searchable(s)::contains))
				.sorted(Comparator.comparingInt((SectionText s) -> -count(searchable(s), words)))
				.limit(3)
				.map((s) -> new Hit(s, snippet(s.words(), words)))
				.toList();
			int score = 10 * (int) words.stream().filter(title::contains).count() + count(pageText, words);
			results.add(new Result(entry, hits, score));
		});
		results.sort(Comparator.comparingInt((Result r) -> -r.score()).thenComparing((r) -> r.entry().getLinkLabel()));
		return results.stream().limit(MAX_RESULTS).toList();
	}

	private static String searchable(SectionText section) {
		String heading = (section.heading() != null) ? section.heading() + " " : "";
		return (heading + section.words()).toLowerCase(Locale.ROOT);
	}

	private static int count(String text, List<String> words) {
		int count = 0;
		for (String word : words) {
			for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
				count++;
			}
		}
		return count;
	}

	/** About thirty words around the first match, cut at word boundaries. */
	static String snippet(String text, List<String> words) {
		String lower = text.toLowerCase(Locale.ROOT);
		int at = words.stream().mapToInt(lower::indexOf).filter((i) -> i >= 0).min().orElse(0);
		int start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 80)) + 1);
		int end = text.indexOf(' ', Math.min(text.length(), at + 120));
		end = (end < 0) ? text.length() : end;
		return ((start > 0) ? "…" : "") + text.substring(start, end).strip() + ((end < text.length()) ? "…" : "");
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
