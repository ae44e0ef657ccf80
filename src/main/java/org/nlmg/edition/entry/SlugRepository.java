package org.nlmg.edition.entry;

import java.util.List;
import java.util.Optional;

import org.nlmg.edition.model.Entry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * What every kind's repository offers: an entry by its slug, and all of them by title.
 */
@NoRepositoryBean
public interface SlugRepository<T extends Entry> extends JpaRepository<T, Long> {

	Optional<T> findBySlug(String slug);

	List<T> findAllByOrderByTitleAsc();

}
