import { usePageT } from '../i18n/page-lang';
import { useHydrated } from '../ui/use-hydrated';

/**
 * The address a printed page came from, in the page's language; shown only
 * on paper (styles: print.css). Read from the browser once the page is the
 * app's, so the pre-rendered HTML, which has no address of its own, matches
 * its first render.
 */
export function PrintedFrom() {
  const t = usePageT('common');
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const { origin, pathname, search } = window.location;
  return <p className="printed-from">{t('printedFrom', { url: `${origin}${pathname}${search}` })}</p>;
}
