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
        {copied ? '✓' : '⧉'}
      </button>
    </span>
  );
}
