package org.nlmg.edition.model;

/**
 * Something that draws on a chapter of the novel, and so must be held back from a reader
 * who has not reached it.
 */
public interface ChapterTied {

	/** The latest chapter it draws on, or null when it spoils nothing. */
	Integer getTiedChapter();

	/** The later of two chapters, either of which may be missing. */
	static Integer latest(Integer a, Integer b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return Math.max(a, b);
	}

	/** The earlier of two chapters, either of which may be missing. */
	static Integer earliest(Integer a, Integer b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return Math.min(a, b);
	}

}
