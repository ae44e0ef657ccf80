package org.nlmg.edition.content;

import java.util.List;

import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.CrossReference;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.model.KeyPhrase;
import org.nlmg.edition.model.Redirect;
import org.nlmg.edition.model.Relationship;

/**
 * Everything read from the content folder, checked, rendered and built into entities,
 * ready to be stored; each list only refers to entities of the lists before it.
 */
public record Edition(List<Entry> entries, List<ChapterNote> notes, List<KeyPhrase> keyPhrases,
		List<Relationship> relationships, List<CrossReference> crossReferences, List<Redirect> redirects) {

	public int size() {
		return this.entries.size();
	}

}
