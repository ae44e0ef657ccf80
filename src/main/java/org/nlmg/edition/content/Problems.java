package org.nlmg.edition.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while content is read, so that all of them are reported in one run.
 */
final class Problems {

	private final List<ContentProblem> found = new ArrayList<>();

	void add(String file, int line, String reason) {
		this.found.add(new ContentProblem(file, line, reason));
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidContentException(this.found.stream().sorted().toList());
		}
	}

}
