package org.nlmg.edition.entry;

import java.util.List;

import org.nlmg.edition.model.CrossReference;
import org.nlmg.edition.model.Entry;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrossReferenceRepository extends JpaRepository<CrossReference, Long> {

	@EntityGraph(attributePaths = "source")
	List<CrossReference> findByTargetOrderById(Entry target);

}
