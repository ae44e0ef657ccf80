package org.nlmg.edition.search;

import java.util.List;

import org.nlmg.edition.model.Section;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SectionSearchRepository extends JpaRepository<Section, Long> {

	/**
	 * Sections whose words or page title contain the pattern (a LIKE pattern, lowercase,
	 * escaped with '\').
	 */
	@Query("""
			select new org.nlmg.edition.search.SectionText(e, s.anchor, s.heading, s.chapter, s.words)
			from Section s join s.entry e
			where lower(s.words) like :pattern escape '\\' or lower(s.heading) like :pattern escape '\\'
			   or lower(e.title) like :pattern escape '\\'
			""")
	List<SectionText> findContaining(String pattern);

}
