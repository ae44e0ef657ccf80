package org.nlmg.edition.content;

/**
 * One Markdown file of the content folder.
 *
 * @param path its path below the content folder, with forward slashes
 * ({@code chapters/chapter-01.md})
 * @param text its text
 */
public record ContentFile(String path, String text) {

	/** How problems name the file: as an author sees it in the repository. */
	String displayName() {
		return "content/" + this.path;
	}

}
