package org.nlmg.edition.subject;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.Symbol;

public interface SymbolRepository extends SlugRepository<Symbol> {

}
