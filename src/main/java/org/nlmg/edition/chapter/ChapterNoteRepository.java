package org.nlmg.edition.chapter;

import java.util.List;

import org.nlmg.edition.content.Entry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChapterNoteRepository extends JpaRepository<ChapterNote, Long> {

	/** A theme's or symbol's chapter-by-chapter tracker. */
	List<ChapterNote> findBySubjectOrderByChapterNumberAsc(Entry subject);

}
