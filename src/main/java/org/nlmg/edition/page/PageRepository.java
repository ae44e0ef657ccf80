package org.nlmg.edition.page;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.Page;

public interface PageRepository extends SlugRepository<Page> {

}
