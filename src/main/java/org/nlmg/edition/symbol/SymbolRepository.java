package org.nlmg.edition.symbol;

import org.nlmg.edition.content.SlugRepository;

public interface SymbolRepository extends SlugRepository<Symbol> {

}
