package org.nlmg.edition.chapter;

import java.util.List;

import org.nlmg.edition.model.Chapter;
import org.nlmg.edition.model.ChapterNote;
import org.nlmg.edition.model.Entry;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChapterNoteRepository extends JpaRepository<ChapterNote, Long> {

	/** A theme's or symbol's chapter-by-chapter tracker. */
	@EntityGraph(attributePaths = "chapter")
	List<ChapterNote> findBySubjectOrderByChapterNumberAsc(Entry subject);

	/** Every chapter's notes, for the theme tracker. */
	@EntityGraph(attributePaths = { "chapter", "subject" })
	List<ChapterNote> findAllByOrderByChapterNumberAscPositionAsc();

	/** A chapter's notes, as its front matter orders them. */
	@EntityGraph(attributePaths = "subject")
	List<ChapterNote> findByChapterOrderByPositionAsc(Chapter chapter);

}
