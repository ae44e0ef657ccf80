package org.nlmg.edition.picture;

import java.util.List;
import java.util.Set;

import org.nlmg.edition.model.Part;

/**
 * A picture with the chapters the reader may see across and one row per theme or
 * character down, marked where the two meet. Built for one reader by {@link Grids}; it
 * draws itself as inline SVG and lists the same marks for the table beside it.
 *
 * @param id the picture's id on its page, which its title and description ids start with
 * @param title what the picture shows, in a few words
 * @param description what it shows and how to read it, for screen readers
 * @param chapters the chapters across, each a link to its page
 * @param rows the rows down
 * @param highlight the chapter whose column stands out (the page's own), or null
 */
public record Grid(String id, String title, String description, List<Link> chapters, List<Row> rows,
		Integer highlight) {

	/** A chapter's number and the address of its page. */
	public record Link(int chapter, String url) {
	}

	/**
	 * One row: a theme or a character.
	 *
	 * @param key the row's slug
	 * @param label its name
	 * @param url its page
	 * @param shape the mark it is drawn with
	 * @param colour the CSS class of the mark's colour
	 * @param marks where it is marked, in chapter order
	 */
	public record Row(String key, String label, String url, Shape shape, String colour, List<Mark> marks) {
	}

	/**
	 * A mark, a link to what the chapter says about the row.
	 *
	 * @param chapter where it stands
	 * @param url where it leads
	 * @param label what it says to a screen reader: "Memory in chapter 6"
	 */
	public record Mark(int chapter, String url, String label) {
	}

	/** The same picture with only some of its rows: a strip for one page. */
	public Grid only(Set<String> keys, String id, String title, String description, Integer highlight) {
		return new Grid(id, title, description, this.chapters,
				this.rows.stream().filter((row) -> keys.contains(row.key())).toList(), highlight);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty() || this.chapters.isEmpty();
	}

	static final int CELL = 26;

	static final int HEAD = 26;

	static final int MARK = 8;

	/** A generous width per character of a label in 13px system type. */
	static final double LETTER = 6.6;

	/** The picture as inline SVG, at its natural size: it scrolls in its frame. */
	public String getSvg() {
		int labels = 12
				+ (int) Math.ceil(LETTER * this.rows.stream().mapToInt((row) -> row.label().length()).max().orElse(0));
		int width = labels + this.chapters.size() * CELL + 8;
		int height = HEAD + this.rows.size() * CELL + 4;
		Svg svg = new Svg().open("svg", "class", "picture-svg grid", "width", width, "height", height, "viewBox",
				"0 0 " + width + " " + height, "role", "group", "aria-labelledby", this.id + "-title",
				"aria-describedby", this.id + "-desc");
		svg.heading(this.id, this.title, this.description);
		for (int c = 0; c < this.chapters.size(); c++) {
			Link chapter = this.chapters.get(c);
			int x = labels + c * CELL;
			if (Integer.valueOf(chapter.chapter()).equals(this.highlight)) {
				svg.empty("rect", "class", "highlight", "x", x, "y", 0, "width", CELL, "height", height);
			}
			if (c > 0 && Part.of(chapter.chapter()).getFirstChapter() == chapter.chapter()) {
				svg.empty("line", "class", "part-rule", "x1", x, "y1", 4, "x2", x, "y2", height);
			}
			svg.open("a", "href", chapter.url(), "aria-label", "Chapter " + chapter.chapter())
				.text("text", String.valueOf(chapter.chapter()), "class", "axis", "x", x + CELL / 2, "y", HEAD - 8,
						"text-anchor", "middle")
				.close("a");
		}
		for (int r = 0; r < this.rows.size(); r++) {
			Row row = this.rows.get(r);
			int y = HEAD + r * CELL;
			svg.open("g", "class", "row", "data-row", row.key());
			svg.empty("line", "class", "row-rule", "x1", labels, "y1", y + CELL / 2, "x2", width - 8, "y2",
					y + CELL / 2);
			svg.open("a", "href", row.url())
				.text("text", row.label(), "class", "label", "x", labels - 8, "y", y + CELL / 2 + 4, "text-anchor",
						"end")
				.close("a");
			for (Mark mark : row.marks()) {
				int column = column(mark.chapter());
				double cx = labels + column * CELL + CELL / 2.0;
				double cy = y + CELL / 2.0;
				svg.open("a", "href", mark.url(), "aria-label", mark.label())
					.empty("rect", "class", "hit", "x", labels + column * CELL, "y", y, "width", CELL, "height", CELL)
					.empty("path", "class", "mark " + row.colour(), "fill-rule", "evenodd", "d",
							row.shape().path(cx, cy, MARK))
					.close("a");
			}
			svg.close("g");
		}
		return svg.close("svg").toString();
	}

	private int column(int chapter) {
		for (int c = 0; c < this.chapters.size(); c++) {
			if (this.chapters.get(c).chapter() == chapter) {
				return c;
			}
		}
		throw new IllegalArgumentException("No column for chapter " + chapter + " in " + this.id);
	}

}
