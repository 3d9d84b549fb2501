import { useEffect, useRef } from 'react';
import type { Lang } from '../i18n/languages';
import { searchPath } from '../routing/links';
import { navigate } from '../routing/navigation';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * `/` on every page: to the page's search field if it has one (the
 * library's, the search page's), else to the search page. Like the reading
 * shortcuts, not while the reader types, with Ctrl, Alt or Meta, or while a
 * dialog is open.
 */
export function useSearchShortcut(lang: Lang): void {
  const latest = useRef(lang);
  useEffect(() => {
    latest.current = lang;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const field = document.querySelector<HTMLInputElement>('form[role="search"] input[type="search"]');
      if (field) {
        field.focus();
        field.select();
      } else navigate(searchPath(latest.current));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
