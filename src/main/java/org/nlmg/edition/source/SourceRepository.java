package org.nlmg.edition.source;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.Source;

public interface SourceRepository extends SlugRepository<Source> {

}
