package org.nlmg.edition.entry;

import java.time.LocalDate;

/** Dates as MLA writes them, for "accessed" and "published" in citations. */
public final class MlaDates {

	private static final String[] MONTHS = { "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
			"Oct.", "Nov.", "Dec." };

	private MlaDates() {
	}

	/** "1 Apr. 2023": MLA's day, abbreviated month and year. */
	public static String format(LocalDate day) {
		return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
	}

}
