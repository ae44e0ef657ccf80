package org.nlmg.edition.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** Maps parsed Markdown nodes to the lines of the file they came from, for problems. */
record SourceLines(String file, Document document, int firstLine, Problems problems) {

	int of(Node node) {
		return this.document.getLineNumber(node.getStartOffset()) + this.firstLine;
	}

	/** The line a node's text ends on. */
	int lastOf(Node node) {
		return this.document.getLineNumber(Math.max(node.getStartOffset(), node.getEndOffset() - 1)) + this.firstLine;
	}

	void problem(Node node, String reason) {
		this.problems.add(this.file, of(node), reason);
	}

}
