package org.nlmg.edition.character;

import java.util.List;

import org.nlmg.edition.model.NovelCharacter;
import org.nlmg.edition.model.Relationship;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RelationshipRepository extends JpaRepository<Relationship, Long> {

	@EntityGraph(attributePaths = "other")
	List<Relationship> findByCharacterOrderByPositionAsc(NovelCharacter character);

	@EntityGraph(attributePaths = { "character", "other" })
	List<Relationship> findAllByOrderByPositionAsc();

}
