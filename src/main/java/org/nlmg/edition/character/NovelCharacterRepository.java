package org.nlmg.edition.character;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.NovelCharacter;

public interface NovelCharacterRepository extends SlugRepository<NovelCharacter> {

}
