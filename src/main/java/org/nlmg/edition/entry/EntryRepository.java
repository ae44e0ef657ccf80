package org.nlmg.edition.entry;

import org.nlmg.edition.model.Entry;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every entry, whatever its kind. */
public interface EntryRepository extends JpaRepository<Entry, Long> {

}
