package org.nlmg.edition.subject;

import org.nlmg.edition.entry.SlugRepository;
import org.nlmg.edition.model.Theme;

public interface ThemeRepository extends SlugRepository<Theme> {

}
