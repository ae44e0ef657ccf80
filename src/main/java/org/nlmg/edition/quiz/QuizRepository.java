package org.nlmg.edition.quiz;

import java.util.List;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.Quiz;

public interface QuizRepository extends SlugRepository<Quiz> {

	/** Every quiz, each chapter's in the book's order and each part's after its last. */
	List<Quiz> findAllByOrderByIntroducedInAscQuizPartAsc();

}
