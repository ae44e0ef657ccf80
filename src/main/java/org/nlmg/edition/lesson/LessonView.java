package org.nlmg.edition.lesson;

import java.util.List;

/**
 * A lesson for one reader: the sections they may see, in the lesson's order, and what the
 * page has to tell them.
 *
 * @param lesson the lesson as its address gave it
 * @param items the sections shown
 * @param problems what of the address could not be used, and why
 * @param heldBack how many sections come from chapters past the lesson's position
 */
public record LessonView(Lesson lesson, List<Item> items, List<String> problems, int heldBack) {

	public String getTitle() {
		return this.lesson.title().isEmpty() ? "A lesson" : this.lesson.title();
	}

	/**
	 * One section of a lesson.
	 *
	 * @param section its address in the lesson
	 * @param page the title of the page it is on
	 * @param heading its heading, or the page's title for a whole page
	 * @param opening its first lines
	 * @param url where to read it in full
	 */
	public record Item(String section, String page, String heading, String opening, String url) {
	}

}
