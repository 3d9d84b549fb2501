import { useEffect, useState } from 'react';
import { usePageT } from '../../i18n/page-lang';

/** How far down the article the reader is; it updates once a frame at most. */
export function ReadingProgress() {
  const t = usePageT('reader');
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const room = document.documentElement.scrollHeight - window.innerHeight;
      setPercent(room > 0 ? Math.round(Math.min(1, window.scrollY / room) * 100) : 100);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  // A native progress bar: styled from the stylesheet, since the page's CSP allows no inline styles.
  return <progress className="reading-progress" aria-label={t('progressLabel')} max={100} value={percent} />;
}
