package org.nlmg.edition.picture;

import java.util.Comparator;
import java.util.List;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.reading.SpoilerPolicy;

/**
 * The book in two orders for one reader: the chapters down, in the order the novel tells
 * them, and across, Kathy's age in the events each one recalls (its front matter's
 * {@code ages}). Chapters past the reader's position are not drawn.
 *
 * @param entries the chapters the reader may see, in the telling's order
 */
public record Timeline(String id, String title, String description, List<Entry> entries) {

	/**
	 * A chapter on the timeline.
	 *
	 * @param time the chapter's time layer, in words
	 * @param ageFrom Kathy's youngest age in it, or null when its front matter gives none
	 * @param ageTo her oldest
	 */
	public record Entry(int chapter, String title, String url, String time, Integer ageFrom, Integer ageTo, Part part) {

		public boolean isPlaced() {
			return this.ageFrom != null;
		}

		/** Kathy's ages in words: "16", "7–10", or null. */
		public String getAges() {
			if (!isPlaced()) {
				return null;
			}
			return this.ageFrom.equals(this.ageTo) ? String.valueOf(this.ageFrom) : this.ageFrom + "–" + this.ageTo;
		}

	}

	static final int YOUNGEST = 6;

	static final int YEAR = 22;

	static final int ROW = 22;

	static final int LABELS = 92;

	static final int HEAD = 34;

	static final int WIDTH = LABELS + (Chapter.NARRATOR_AGE - YOUNGEST) * YEAR + 24;

	public static Timeline of(List<Chapter> chapters, SpoilerPolicy policy) {
		List<Entry> entries = policy.filter(chapters)
			.items()
			.stream()
			.map((chapter) -> new Entry(chapter.getNumber(), chapter.getTitle(), Grids.link(policy, chapter.getUrl()),
					chapter.getTimeLayer(), chapter.getAgeFrom(), chapter.getAgeTo(), chapter.getPart()))
			.toList();
		int last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).chapter();
		return new Timeline("timeline-picture", "Timeline: Kathy's age in each chapter", "Chapters 1 to " + last
				+ " down, in the order the novel tells them; across, Kathy's age in the events each chapter remembers, from childhood to "
				+ Chapter.NARRATOR_AGE
				+ ". A bar spans the ages a chapter covers, and links to the chapter: solid in Part One, lighter with a dashed edge in Part Two, an outline in Part Three. The line at "
				+ Chapter.NARRATOR_AGE
				+ " is Kathy telling the story. Where the novel says only 'late teens' or 'late twenties', the bar spans those years.",
				entries);
	}

	/** The same chapters in Kathy's own order: by her age in them, then as told. */
	public List<Entry> getInKathysOrder() {
		return this.entries.stream()
			.filter(Entry::isPlaced)
			.sorted(Comparator.comparing(Entry::ageFrom).thenComparing(Entry::ageTo).thenComparing(Entry::chapter))
			.toList();
	}

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/** The timeline as inline SVG, at its natural size: it scrolls in its frame. */
	public String getSvg() {
		int height = HEAD + this.entries.size() * ROW + 8;
		Svg svg = new Svg().open("svg", "class", "picture-svg timeline", "width", WIDTH, "height", height, "viewBox",
				"0 0 " + WIDTH + " " + height, "role", "group", "aria-labelledby", this.id + "-title",
				"aria-describedby", this.id + "-desc");
		svg.heading(this.id, this.title, this.description);
		for (int age = 7; age <= Chapter.NARRATOR_AGE; age += 3) {
			svg.empty("line", "class", "row-rule", "x1", x(age), "y1", HEAD - 6, "x2", x(age), "y2", height - 4);
			svg.text("text", String.valueOf(age), "class", "axis", "x", x(age), "y", HEAD - 10, "text-anchor",
					"middle");
		}
		svg.text("text", "Kathy's age", "class", "axis", "x", LABELS - 8, "y", HEAD - 10, "text-anchor", "end");
		svg.empty("line", "class", "now", "x1", x(Chapter.NARRATOR_AGE), "y1", HEAD - 6, "x2", x(Chapter.NARRATOR_AGE),
				"y2", height - 4);
		for (int i = 0; i < this.entries.size(); i++) {
			Entry entry = this.entries.get(i);
			int y = HEAD + i * ROW;
			if (i > 0 && entry.part() != this.entries.get(i - 1).part()) {
				svg.empty("line", "class", "part-rule", "x1", 4, "y1", y, "x2", WIDTH - 4, "y2", y);
			}
			svg.open("a", "href", entry.url(), "aria-label", "Chapter " + entry.chapter() + ": " + entry.title());
			svg.text("text", "Chapter " + entry.chapter(), "class", "label", "x", LABELS - 8, "y", y + ROW / 2 + 4,
					"text-anchor", "end");
			if (entry.isPlaced()) {
				double from = x(entry.ageFrom()) - YEAR / 2.0 + 2;
				double to = x(entry.ageTo()) + YEAR / 2.0 - 2;
				svg.empty("rect", "class", "bar p" + entry.part().getNumber(), "x", from, "y", y + 5.0, "width",
						to - from, "height", ROW - 10.0, "rx", 3);
			}
			svg.close("a");
		}
		return svg.close("svg").toString();
	}

	private static double x(int age) {
		return LABELS + (age - YOUNGEST) * YEAR;
	}

}
