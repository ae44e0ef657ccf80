package org.nlmg.edition.glossary;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.Term;

public interface TermRepository extends SlugRepository<Term> {

}
