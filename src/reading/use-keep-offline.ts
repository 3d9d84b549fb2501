import { useEffect } from 'react';
import type { ArticleSummary } from '../articles/library-index';
import { dropArticleCopies, keepArticleCopies, REFRESH_AFTER_MS, workerReady } from '../articles/offline-cache';
import type { Lang } from '../i18n/languages';
import { useReaderStore } from '../store/reader-store';
import { savingData } from '../ui/when-idle';

/** Lets go of the copies of every article the store no longer keeps. */
export function dropUnkept(): Promise<void> {
  return dropArticleCopies(new Set(Object.keys(useReaderStore.getState().kept)));
}

/**
 * Keeps the article on screen for reading offline, in every language it has
 * (so a switch and the parallel view work offline too): recorded in the
 * store now, its copies fetched when a service worker serves them. Copies a
 * day old are fetched again, so an edited article is refreshed when next online.
 * A reader who asked their browser to save data (Save-Data) keeps only what
 * they save on purpose: the other languages are not fetched behind their back.
 */
export function useKeepOffline(slug: string, summary: ArticleSummary | null): void {
  const languages = summary?.languages.join(' ') ?? '';
  useEffect(() => {
    if (!summary || !languages || savingData()) return;
    const { openKept, markKept } = useReaderStore.getState();
    const titles: Partial<Record<Lang, string>> = {};
    for (const lang of summary.languages) {
      const title = summary.versions[lang]?.title;
      if (title) titles[lang] = title;
    }
    let live = true;
    // Without a worker to serve them (development, a browser without one), nothing is kept or listed as kept.
    void workerReady().then(async (serving) => {
      if (!serving || !live) return;
      const before = useReaderStore.getState().kept[slug];
      openKept(slug, { languages: summary.languages, titles });
      const refresh = before !== undefined && Date.now() - before.keptAt > REFRESH_AFTER_MS;
      if ((await keepArticleCopies(slug, summary.languages, refresh)) && live) markKept(slug);
      await dropUnkept();
    });
    return () => {
      live = false;
    };
    // The summary object may be new on each load; its languages are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug, languages]);
}
