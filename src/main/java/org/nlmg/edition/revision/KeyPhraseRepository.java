package org.nlmg.edition.revision;

import java.util.List;

import org.nlmg.edition.model.KeyPhrase;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyPhraseRepository extends JpaRepository<KeyPhrase, Long> {

	/** Every chapter's key phrases, in the book's order. */
	@EntityGraph(attributePaths = "chapter")
	List<KeyPhrase> findAllByOrderByChapterNumberAscPositionAsc();

}
