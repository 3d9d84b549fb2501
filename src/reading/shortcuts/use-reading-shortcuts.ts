import { useEffect, useRef } from 'react';
import { LANGS, type Lang } from '../../i18n/languages';

export interface ShortcutActions {
  move: (step: 1 | -1) => void;
  setFirst: (lang: Lang) => void;
  cycleFirst: (step: 1 | -1) => void;
  toggleParallel: () => void;
  openHelp: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The reading views' single-key shortcuts (listed in the ? dialog). They
 * never fire while the reader types in a field, with Ctrl, Alt or Meta held
 * (those belong to the browser), or while a dialog is open.
 */
export function useReadingShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const act = latest.current;
      const digit = ['1', '2', '3'].indexOf(event.key);
      if (digit >= 0) act.setFirst(LANGS[digit] as Lang);
      else if (event.key === 'j') act.move(1);
      else if (event.key === 'k') act.move(-1);
      else if (event.key === '[') act.cycleFirst(-1);
      else if (event.key === ']') act.cycleFirst(1);
      else if (event.key === 'c') act.toggleParallel();
      else if (event.key === '?') act.openHelp();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
