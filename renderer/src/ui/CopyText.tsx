import { useState } from 'react';

/** A monospace identifier with a copy button; the text is rendered as React text only. */
export function CopyText({ text, display, className }: { text: string; display?: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1200);
    }, () => undefined);
  return (
    <span className={`copy-text ${className ?? ''}`}>
      <span className="mono" title={text}>
        {display ?? text}
      </span>
      <button type="button" className="icon-button" onClick={copy} title="Copy to clipboard" aria-label={`Copy ${text}`}>
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
          {copied ? <path d="M3 8.5l3 3 7-7" /> : <><rect x="5.5" y="5.5" width="8" height="8" rx="1.5" /><path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1" /></>}
        </svg>
      </button>
    </span>
  );
}
