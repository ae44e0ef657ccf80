package org.nlmg.edition.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.picture.Grid.Link;
import org.nlmg.edition.picture.Grid.Mark;
import org.nlmg.edition.picture.Grid.Row;
import org.nlmg.edition.reading.SpoilerPolicy;

/**
 * Builds the two grids for a reader, through the spoiler policy: only the chapters the
 * reader may see are drawn, and only what those chapters hold is marked or named.
 */
public final class Grids {

	private Grids() {
	}

	/**
	 * The theme tracker: a mark where a chapter's front matter has a note on the theme,
	 * linked to that note in the theme page's tracker ({@code /themes/memory#chapter-6}).
	 * Each theme keeps its shape and colour on every page, by its place among all themes
	 * in title order.
	 * @param chapters every chapter, in order
	 * @param notes every chapter's notes, of any kind
	 */
	public static Grid themes(List<Chapter> chapters, List<ChapterNote> notes, SpoilerPolicy policy) {
		List<Entry> themes = notes.stream()
			.map(ChapterNote::getSubject)
			.filter((subject) -> subject.getKind() == ContentKind.THEME)
			.distinct()
			.sorted(Comparator.comparing(Entry::getTitle).thenComparing(Entry::getSlug))
			.toList();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < themes.size(); i++) {
			Entry theme = themes.get(i);
			if (!policy.shows(theme)) {
				continue;
			}
			String label = shortTitle(theme.getTitle());
			List<Mark> marks = policy.filter(notes)
				.items()
				.stream()
				.filter((note) -> note.getSubject() == theme)
				.map(ChapterNote::getChapter)
				.sorted(Comparator.comparing(Chapter::getNumber))
				.map((chapter) -> new Mark(chapter.getNumber(),
						link(policy, theme.getUrl("chapter-" + chapter.getNumber())),
						label + " in chapter " + chapter.getNumber()))
				.toList();
			rows.add(new Row(theme.getSlug(), label, link(policy, theme.getUrl()), Shape.nth(i), "c" + (i + 1), marks));
		}
		List<Link> columns = columns(chapters, policy);
		return new Grid("theme-tracker", "Theme tracker", "A grid with chapters 1 to " + last(columns)
				+ " across and the themes down. A shape marks each chapter that has a note on a theme, and links to that note on the theme's page. Each theme has its own shape and colour.",
				columns, List.copyOf(rows), null);
	}

	/**
	 * Who is where: a mark where a chapter's front matter lists the character as present,
	 * linked to the chapter. Characters are in the order the reader meets them, then by
	 * how many of the reader's chapters they are in.
	 * @param chapters every chapter, in order, with the characters present in each
	 */
	public static Grid characters(List<Chapter> chapters, SpoilerPolicy policy) {
		List<Chapter> shown = policy.filter(chapters).items();
		Map<NovelCharacter, List<Chapter>> appearances = new LinkedHashMap<>();
		for (Chapter chapter : shown) {
			for (NovelCharacter character : chapter.getCharacters()) {
				if (policy.shows(character)) {
					appearances.computeIfAbsent(character, (c) -> new ArrayList<>()).add(chapter);
				}
			}
		}
		List<Row> rows = appearances.entrySet()
			.stream()
			.sorted(Comparator
				.comparing((Map.Entry<NovelCharacter, List<Chapter>> e) -> e.getValue().get(0).getNumber())
				.thenComparing((e) -> -e.getValue().size())
				.thenComparing((e) -> e.getKey().getName()))
			.map((e) -> {
				NovelCharacter character = e.getKey();
				List<Mark> marks = e.getValue()
					.stream()
					.map((chapter) -> new Mark(chapter.getNumber(), link(policy, chapter.getUrl()),
							character.getName() + " in chapter " + chapter.getNumber()))
					.toList();
				return new Row(character.getSlug(), character.getName(), link(policy, character.getUrl()),
						character.isMain() ? Shape.CIRCLE : Shape.DIAMOND, character.isMain() ? "main" : "minor",
						marks);
			})
			.toList();
		List<Link> columns = columns(chapters, policy);
		return new Grid("who-is-where", "Who is where", "A grid with chapters 1 to " + last(columns)
				+ " across and the characters down, in the order the reader meets them. A mark shows that a character is present in a chapter, and links to the chapter: a circle for a main character, a diamond for a minor one.",
				columns, rows, null);
	}

	/** A theme's title without its subtitle: "Memory" for "Memory: loss and ...". */
	static String shortTitle(String title) {
		int colon = title.indexOf(':');
		return (colon > 0) ? title.substring(0, colon) : title;
	}

	private static List<Link> columns(List<Chapter> chapters, SpoilerPolicy policy) {
		return policy.filter(chapters)
			.items()
			.stream()
			.map((chapter) -> new Link(chapter.getNumber(), link(policy, chapter.getUrl())))
			.toList();
	}

	private static int last(List<Link> columns) {
		return columns.isEmpty() ? 0 : columns.get(columns.size() - 1).chapter();
	}

	/**
	 * A link as the reader's page carries it: with the position, when it came from one.
	 */
	static String link(SpoilerPolicy policy, String url) {
		return policy.position().link(url);
	}

}
