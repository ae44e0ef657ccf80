package org.nlmg.edition.entry;

/** A link a page shows: its words and where it goes. */
public record Link(String label, String url) {
}
