package org.nlmg.edition.model;

import java.util.Arrays;

/**
 * The novel's three parts, which the chapter numbers determine; the one place its chapter
 * count is written.
 */
public enum Part {

	ONE(1, "Part One", "Hailsham", 1, 9), TWO(2, "Part Two", "The Cottages", 10, 17),
	THREE(3, "Part Three", "Carers and donors", 18, 23);

	/** The novel has 23 chapters. */
	public static final int LAST_CHAPTER = 23;

	private final int number;

	private final String label;

	private final String setting;

	private final int firstChapter;

	private final int lastChapter;

	Part(int number, String label, String setting, int firstChapter, int lastChapter) {
		this.number = number;
		this.label = label;
		this.setting = setting;
		this.firstChapter = firstChapter;
		this.lastChapter = lastChapter;
	}

	public static Part of(int chapter) {
		return Arrays.stream(values())
			.filter((part) -> chapter >= part.firstChapter && chapter <= part.lastChapter)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No chapter " + chapter + " in the novel"));
	}

	public static boolean isChapter(int number) {
		return number >= 1 && number <= LAST_CHAPTER;
	}

	public int getNumber() {
		return this.number;
	}

	public String getLabel() {
		return this.label;
	}

	public String getSetting() {
		return this.setting;
	}

	public int getFirstChapter() {
		return this.firstChapter;
	}

	public int getLastChapter() {
		return this.lastChapter;
	}

}
