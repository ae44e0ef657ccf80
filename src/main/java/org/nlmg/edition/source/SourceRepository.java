package org.nlmg.edition.source;

import org.nlmg.edition.content.SlugRepository;

public interface SourceRepository extends SlugRepository<Source> {

}
