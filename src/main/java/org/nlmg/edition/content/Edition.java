package org.nlmg.edition.content;

import java.util.List;

/** Everything read from the content folder, checked and rendered, ready to be stored. */
public record Edition(List<Entry> entries, List<CrossReference> crossReferences) {
}
