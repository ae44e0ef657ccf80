package org.nlmg.edition.content;

/**
 * One thing wrong with the content, located so that an author can go straight to it.
 *
 * @param file the file, relative to the content folder's parent
 * ({@code content/chapters/chapter-01.md})
 * @param line 1-based line, or 0 when the problem is with the file as a whole
 * @param reason what is wrong, in words an author understands
 */
public record ContentProblem(String file, int line, String reason) implements Comparable<ContentProblem> {

	@Override
	public int compareTo(ContentProblem other) {
		int byFile = this.file.compareTo(other.file);
		return (byFile != 0) ? byFile : Integer.compare(this.line, other.line);
	}

	@Override
	public String toString() {
		return (this.line > 0) ? this.file + ":" + this.line + ": " + this.reason : this.file + ": " + this.reason;
	}

}
