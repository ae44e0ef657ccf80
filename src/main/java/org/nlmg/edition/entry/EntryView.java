package org.nlmg.edition.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nlmg.edition.model.Entry;

import org.springframework.web.util.HtmlUtils;

/**
 * The model of an entry's page for one reader, built by {@link EntryViews}: what the page
 * may show, what it held back, and whether it is gated. Templates render it as it is.
 *
 * @param entry the entry, for its title and other plain facts
 * @param title the page's title: the entry's, or the gate's when the page is gated
 * @param gate why the page is not shown, or null when it is
 * @param sections the sections the reader may see, their links adapted for the reader
 * @param heldBack how many things the page held back from the reader
 * @param mentions the pages that link here and that the reader may see
 * @param crumbs the breadcrumb trail, ending with this page
 * @param coversWholeBook whether to tell the reader that the page includes the ending
 */
public record EntryView<E extends Entry>(E entry, String title, Gate gate, List<SectionView> sections, int heldBack,
		List<Link> mentions, List<Crumb> crumbs, boolean coversWholeBook) {

	/** Fewer headings than this fit on a screen or two: the page needs no contents. */
	private static final int MINIMUM_CONTENTS = 4;

	public boolean isGated() {
		return this.gate != null;
	}

	/**
	 * Why a page is not shown to a reader who has not reached its chapter.
	 *
	 * @param chapter the chapter that introduces what the page is about
	 * @param what how the page names what it holds back: "A character from later in the
	 * book"
	 */
	public record Gate(int chapter, String what) {
	}

	/**
	 * The page's "On this page" list: its headings the reader may see, each level-3
	 * heading under the level-2 heading before it. Empty for a page too short to need
	 * one.
	 */
	public List<ContentsItem> getContents() {
		List<ContentsItem> contents = new ArrayList<>();
		for (SectionView section : this.sections) {
			if (section.heading() == null || section.anchor() == null) {
				continue;
			}
			if (section.level() == 2) {
				contents.add(new ContentsItem(section.anchor(), section.heading(), new ArrayList<>()));
			}
			else if (section.level() == 3 && !contents.isEmpty()) {
				contents.get(contents.size() - 1)
					.children()
					.add(new ContentsItem(section.anchor(), section.heading(), List.of()));
			}
		}
		int headings = contents.stream().mapToInt((item) -> 1 + item.children().size()).sum();
		return (headings >= MINIMUM_CONTENTS) ? contents : List.of();
	}

	/** A section as the reader gets it. */
	public record SectionView(int level, Integer chapter, String anchor, String heading, String html) {

		/**
		 * About two lines: enough to recognise a section by, in a list or on a handout.
		 */
		private static final int OPENING_LENGTH = 220;

		private static final Pattern HEADING = Pattern.compile("(?s)^\\s*<h[1-6][^>]*>.*?</h[1-6]>");

		private static final Pattern FIRST_PARAGRAPH = Pattern.compile("(?s)<p[^>]*>(.*?)</p>");

		/**
		 * The section as another page quotes it: without its heading (the quoting page
		 * gives it its own level), its self-link marks or its ids, which belong to the
		 * section's own page.
		 */
		public String body() {
			return HEADING.matcher(this.html)
				.replaceFirst("")
				.replaceAll("<a class=\"(?:self|cite)-link\"[^>]*>[^<]*</a>", "")
				.replaceAll(" id=\"[^\"]*\"", "");
		}

		/**
		 * The first words of the section's first paragraph, as plain text (its self-link
		 * mark left out), or an empty string when it has no paragraph.
		 */
		public String opening() {
			Matcher paragraph = FIRST_PARAGRAPH.matcher(this.html);
			if (!paragraph.find()) {
				return "";
			}
			String text = HtmlUtils
				.htmlUnescape(paragraph.group(1)
					.replaceAll("<a class=\"(?:self|cite)-link\"[^>]*>[^<]*</a>", "")
					.replaceAll("<[^>]+>", ""))
				.replaceAll("\\s+", " ")
				.strip();
			if (text.length() <= OPENING_LENGTH) {
				return text;
			}
			int cut = text.lastIndexOf(' ', OPENING_LENGTH);
			return text.substring(0, (cut > 0) ? cut : OPENING_LENGTH) + "…";
		}

	}

	/** A heading in "On this page", with the headings under it. */
	public record ContentsItem(String anchor, String heading, List<ContentsItem> children) {
	}

	/** An entry in a list: its label, its address and its one-line description. */
	public record Card(String label, String url, String description) {
	}

}
