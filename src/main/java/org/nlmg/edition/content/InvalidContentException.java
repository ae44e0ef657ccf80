package org.nlmg.edition.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in the content, thrown at once so that one start-up reports them
 * all.
 */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in the content:\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> getProblems() {
		return this.problems;
	}

}
