package org.nlmg.edition.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CrossReferenceRepository extends JpaRepository<CrossReference, Long> {

	List<CrossReference> findByTarget(Entry target);

}
