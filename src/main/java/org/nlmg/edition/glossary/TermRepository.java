package org.nlmg.edition.glossary;

import org.nlmg.edition.content.SlugRepository;

public interface TermRepository extends SlugRepository<Term> {

}
