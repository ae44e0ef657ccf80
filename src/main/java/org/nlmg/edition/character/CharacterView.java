package org.nlmg.edition.character;

import java.util.List;

import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Relationship;
import org.nlmg.edition.picture.Grid;

/**
 * A character's page for one reader.
 *
 * @param page what every entry page has
 * @param appearances the chapters the character is present in, up to the reader's
 * position
 * @param relationships what the reader has learned of the character's ties to others
 * @param strip the character's row of who is where, or null when the page is gated
 */
public record CharacterView(EntryView<NovelCharacter> page, List<Chapter> appearances, List<Relationship> relationships,
		Grid strip) {

}
