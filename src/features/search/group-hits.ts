import type { Lang } from '../../i18n/languages';
import type { SearchHit } from './search-engine';

export interface ArticleHits {
  slug: string;
  /** The article's title in the page's language if it was hit in it, else in its best hit's. */
  title: string;
  titleLang: Lang;
  hits: SearchHit[];
}

/** Hits grouped by article, in the order of each article's best hit, the page's language first within one. */
export function groupByArticle(hits: readonly SearchHit[], pageLang: Lang): ArticleHits[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(hit.slug, [...(groups.get(hit.slug) ?? []), hit]);
  return [...groups].map(([slug, group]) => {
    const ordered = [...group.filter((hit) => hit.lang === pageLang), ...group.filter((hit) => hit.lang !== pageLang)];
    const named = ordered[0] as SearchHit;
    return { slug, title: named.title, titleLang: named.lang, hits: ordered };
  });
}
