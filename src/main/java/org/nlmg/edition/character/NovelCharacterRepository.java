package org.nlmg.edition.character;

import java.util.Optional;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.NovelCharacter;

import org.springframework.data.jpa.repository.Query;

public interface NovelCharacterRepository extends SlugRepository<NovelCharacter> {

	@Query("select c from NovelCharacter c join c.aliases alias where alias = :alias")
	Optional<NovelCharacter> findByAlias(String alias);

}
