package org.nlmg.edition.content;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints bad content as a plain list of file:line: reason, instead of a stack trace. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		String problems = cause.getProblems()
			.stream()
			.map(ContentProblem::toString)
			.collect(Collectors.joining("\n    ", "    ", ""));
		return new FailureAnalysis(
				"The edition's content has " + cause.getProblems().size() + " problem(s):\n" + problems,
				"Fix each file at the line given and start again. The authoring guide in README.md lists the keys and link syntax.",
				cause);
	}

}
