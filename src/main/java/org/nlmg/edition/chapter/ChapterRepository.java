package org.nlmg.edition.chapter;

import java.util.List;
import java.util.Optional;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.NovelCharacter;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChapterRepository extends JpaRepository<Chapter, Long> {

	Optional<Chapter> findByNumber(int number);

	List<Chapter> findAllByOrderByNumberAsc();

	List<Chapter> findByCharactersContainingOrderByNumberAsc(NovelCharacter character);

}
