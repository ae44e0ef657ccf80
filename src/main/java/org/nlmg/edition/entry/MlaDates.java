package org.nlmg.edition.entry;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates as citations write them: MLA's "1 Apr. 2023", and the month written out for APA
 * and Chicago.
 */
public final class MlaDates {

	private static final String[] MONTHS = { "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
			"Oct.", "Nov.", "Dec." };

	private MlaDates() {
	}

	/** "1 Apr. 2023": MLA's day, abbreviated month and year. */
	public static String format(LocalDate day) {
		return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
	}

	/** "April": the month in full, as APA and Chicago write it. */
	public static String monthName(LocalDate day) {
		String month = day.getMonth().name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(month.charAt(0)) + month.substring(1);
	}

	/** "April 1, 2023": APA's and Chicago's day. */
	public static String monthDayYear(LocalDate day) {
		return monthName(day) + " " + day.getDayOfMonth() + ", " + day.getYear();
	}

}
