package org.nlmg.edition.chapter;

import java.util.List;

import org.nlmg.edition.model.Part;

/**
 * A whole part on one printable page: each chapter the reader may see at a glance.
 *
 * @param part the part
 * @param chapters the chapters shown, in order
 * @param heldBack how many of the part's chapters come after the reader's position
 */
public record PartPrintView(Part part, List<GlanceView> chapters, int heldBack) {

	public String getTitle() {
		return this.part.getLabel() + ", chapter by chapter";
	}

}
