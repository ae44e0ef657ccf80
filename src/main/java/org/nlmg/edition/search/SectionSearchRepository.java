package org.nlmg.edition.search;

import java.util.List;

import org.nlmg.edition.content.Section;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SectionSearchRepository extends JpaRepository<Section, Long> {

	/** Sections whose words or page title contain the pattern (a LIKE pattern, lowercase, escaped with '\'). */
	@Query("""
			select s from Section s join fetch s.entry e
			where lower(s.text) like :pattern escape '\\' or lower(s.heading) like :pattern escape '\\'
			   or lower(e.title) like :pattern escape '\\'
			""")
	List<Section> findContaining(String pattern);

}
