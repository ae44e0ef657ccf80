package org.nlmg.edition.content;

/**
 * One Markdown file of the content folder.
 *
 * @param path its path below the content folder, with forward slashes
 * ({@code chapters/chapter-01.md})
 * @param text its text
 * @param fault what was wrong with its bytes, or null: reported with the file's other
 * problems, so that one run names them all
 */
public record ContentFile(String path, String text, Fault fault) {

	public ContentFile(String path, String text) {
		this(path, text, null);
	}

	/** How problems name the file: as an author sees it in the repository. */
	String displayName() {
		return "content/" + this.path;
	}

	/**
	 * What was wrong with a file's bytes.
	 *
	 * @param line 1-based line, or 0 for the file as a whole
	 * @param reason what is wrong, in words an author understands
	 */
	public record Fault(int line, String reason) {
	}

}
