import type { AnchorHTMLAttributes } from 'react';
import { followLink } from '../routing/navigation';

interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  /** Runs just before an in-app navigation, e.g. to save the reading position. */
  beforeNavigate?: () => void;
}

/** An ordinary link that navigates without a page load. */
export function AppLink({ beforeNavigate, onClick, ...props }: AppLinkProps) {
  return (
    // A real <a href>: its content is the caller's children and Enter follows it like any link.
    // eslint-disable-next-line jsx-a11y/anchor-has-content, jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <a
      {...props}
      onClick={(event) => {
        onClick?.(event);
        followLink(event, beforeNavigate);
      }}
    />
  );
}
