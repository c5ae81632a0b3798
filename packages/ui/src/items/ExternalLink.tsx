import type { AnchorHTMLAttributes } from 'react';

/** A link out of the transcript: always a new tab, never a window.opener or a referrer. */
export function ExternalLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const mailto = props.href.startsWith('mailto:');
  return (
    <a
      {...props}
      className={props.className ? `ct-Link ${props.className}` : 'ct-Link'}
      target={mailto ? undefined : '_blank'}
      rel="noopener noreferrer"
    />
  );
}
