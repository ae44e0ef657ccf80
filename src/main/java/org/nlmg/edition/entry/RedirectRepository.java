package org.nlmg.edition.entry;

import java.util.List;
import java.util.Optional;

import org.nlmg.edition.model.Redirect;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Old addresses with the pages they moved to. Derived queries rather than {@code @Query}
 * strings: parsing those at start-up warms a whole query grammar for two lines of JPQL.
 */
public interface RedirectRepository extends JpaRepository<Redirect, Long> {

	@EntityGraph(attributePaths = "target")
	Optional<Redirect> findByFromPath(String fromPath);

	@EntityGraph(attributePaths = "target")
	List<Redirect> findAllByOrderByFromPath();

}
