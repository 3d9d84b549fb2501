import { useEffect, useRef } from 'react';
import { usePageT } from '../../i18n/page-lang';

/** The list of keyboard shortcuts, in a modal dialog (Escape closes it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = usePageT('common');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Browsers without showModal (and jsdom) still get the dialog, just not modal.
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    if (!open && element.open) element.close();
  }, [open]);

  const rows: [string[], string][] = [
    [['j'], t('shortcuts.next')],
    [['k'], t('shortcuts.previous')],
    [['1', '2', '3'], t('shortcuts.firstLanguage')],
    [['[', ']'], t('shortcuts.cycle')],
    [['c'], t('shortcuts.toggle')],
    [['/'], t('shortcuts.search')],
    [['?'], t('shortcuts.help')],
  ];

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="_shortcuts-title" onClose={onClose}>
      <h2 id="_shortcuts-title">{t('shortcuts.title')}</h2>
      <dl className="shortcuts">
        {rows.map(([keys, description]) => (
          <div key={description} className="shortcuts__row">
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 ? ' ' : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit">{t('shortcuts.close')}</button>
      </form>
    </dialog>
  );
}
