package org.nlmg.edition.chapter;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.Part;
import org.nlmg.edition.quiz.QuizPages.QuizCard;
import org.nlmg.edition.reading.SpoilerPolicy;

/**
 * A part of the novel and its chapters, for tables of contents, with its quiz (or null
 * when it has none) and its one-page summary.
 */
public record PartView(Part part, List<ChapterCard> chapters, QuizCard quiz) {

	/** The address of the part's one-page summary. */
	public String getSummaryUrl() {
		return "/summary/part-" + this.part.getNumber();
	}

	/**
	 * A chapter in a table of contents. A chapter past the reader's position is named
	 * only by its number: its title, description and address are null.
	 */
	public record ChapterCard(int number, String label, String fullTitle, String title, String description,
			String url) {

		static ChapterCard of(Chapter chapter, SpoilerPolicy policy) {
			if (!policy.shows(chapter)) {
				return new ChapterCard(chapter.getNumber(), chapter.getLinkLabel(), null, null, null, null);
			}
			return new ChapterCard(chapter.getNumber(), chapter.getLinkLabel(), chapter.getFullTitle(),
					chapter.getTitle(), chapter.getDescription(), chapter.getUrl());
		}

		public boolean isLater() {
			return this.url == null;
		}

	}

	static List<PartView> of(List<Chapter> chapters, Function<Part, QuizCard> quizzes, SpoilerPolicy policy) {
		return Arrays.stream(Part.values())
			.map((part) -> new PartView(part,
					chapters.stream()
						.filter((chapter) -> chapter.getPart() == part)
						.map((chapter) -> ChapterCard.of(chapter, policy))
						.toList(),
					quizzes.apply(part)))
			.toList();
	}

}
