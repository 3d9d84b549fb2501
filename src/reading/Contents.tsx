import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { ContentsEntries } from './contents-entries';
import { positionOnPage } from './position-dom';

/** The heading whose section holds the segment at the reading line, or null before the first heading. */
export function currentSection(entries: ContentsEntries, segmentId: string | null): string | null {
  if (segmentId === null) return null;
  const index = entries.order.indexOf(segmentId);
  let current: string | null = null;
  for (const heading of entries.headings) {
    const at = entries.order.indexOf(heading.id);
    if (at < 0 || at > index) break;
    current = heading.id;
  }
  return current;
}

/**
 * The list of headings. The section being read is marked (aria-current), and
 * follows the reading as the page scrolls behind the open panel. A heading's
 * link is the passage's own URL, so it can be opened in a new tab too; a
 * plain click jumps to it in this view.
 */
export function Contents({
  entries,
  container,
  label,
  onJump,
}: {
  entries: ContentsEntries;
  container: RefObject<HTMLElement | null>;
  label: string;
  onJump: (segmentId: string) => void;
}) {
  const [here, setHere] = useState<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      const element = container.current;
      setHere(element ? (positionOnPage(element)?.segmentId ?? null) : null);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(read);
    };
    read();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [container]);
  const current = useMemo(() => currentSection(entries, here), [entries, here]);

  return (
    <nav className="contents" aria-label={label}>
      <h3>{label}</h3>
      <ol>
        {entries.headings.map((heading) => (
          <li key={heading.id}>
            <a
              href={heading.href}
              aria-current={heading.id === current ? 'location' : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onJump(heading.id);
              }}
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
