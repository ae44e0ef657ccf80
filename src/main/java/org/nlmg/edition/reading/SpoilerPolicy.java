package org.nlmg.edition.reading;

import java.util.List;

import org.nlmg.edition.content.CrossLinks;
import org.nlmg.edition.model.ChapterTied;

/**
 * The spoiler rule for one reader: whatever a page shows, it shows through here.
 * Something tied to a chapter past the reader's position is held back (and counted, so
 * the page can say so), a page about such a thing is gated, and prose loses its links to
 * such things.
 */
public final class SpoilerPolicy {

	private final ReadingPosition position;

	public SpoilerPolicy(ReadingPosition position) {
		this.position = position;
	}

	public ReadingPosition position() {
		return this.position;
	}

	/** Whether the reader may see it. */
	public boolean shows(ChapterTied item) {
		return this.position.allows(item.getTiedChapter());
	}

	/**
	 * The last chapter the reader may see what is tied to, or null when they may see
	 * everything: for a filter that asks a store for what {@link #shows} would keep.
	 */
	public Integer lastChapterShown() {
		return (this.position.revealed() || this.position.isWholeBook()) ? null : this.position.upto();
	}

	/** What of a list the reader may see, and how much was held back. */
	public <T extends ChapterTied> Shown<T> filter(List<T> items) {
		List<T> shown = items.stream().filter(this::shows).toList();
		return new Shown<>(shown, items.size() - shown.size());
	}

	/**
	 * Stored prose as this reader may follow it: links to what they may not see become
	 * plain text.
	 */
	public String prose(String html) {
		if (this.position.isWholeBook() && !this.position.fromLink()) {
			return html;
		}
		return CrossLinks.forReader(html, this.position::allows, this.position::link);
	}

	/**
	 * A list after the spoiler rule.
	 *
	 * @param items what the reader may see, in order
	 * @param heldBack how many were held back
	 */
	public record Shown<T>(List<T> items, int heldBack) {

		public boolean isEmpty() {
			return this.items.isEmpty();
		}

	}

}
