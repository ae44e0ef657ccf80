package org.nlmg.edition.theme;

import org.nlmg.edition.content.SlugRepository;

public interface ThemeRepository extends SlugRepository<Theme> {

}
