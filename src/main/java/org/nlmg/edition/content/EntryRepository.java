package org.nlmg.edition.content;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every entry, whatever its kind: used to store the edition and to look up link targets. */
public interface EntryRepository extends JpaRepository<Entry, Long> {

}
