package org.nlmg.edition.chapter;

import java.util.Arrays;
import java.util.List;

/** A part of the novel and the chapters of it that the edition has, for tables of contents. */
public record PartChapters(Part part, List<Chapter> chapters) {

	public static List<PartChapters> of(List<Chapter> chapters) {
		return Arrays.stream(Part.values())
			.map((part) -> new PartChapters(part, chapters.stream().filter((c) -> c.getPart() == part).toList()))
			.toList();
	}

}
