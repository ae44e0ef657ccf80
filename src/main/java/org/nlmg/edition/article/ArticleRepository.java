package org.nlmg.edition.article;

import org.nlmg.edition.content.SlugRepository;

public interface ArticleRepository extends SlugRepository<Article> {

}
