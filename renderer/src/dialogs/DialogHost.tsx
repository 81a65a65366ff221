import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { strictContext } from '../ui/strict-context';

type Render = (close: () => void) => ReactNode;

interface DialogApi {
  /** Shows a modal dialog; features hand over their content and get a close function. */
  open(title: string, render: Render): void;
  close(): void;
}

const [DialogProvider, useDialogs] = strictContext<DialogApi>('useDialogs');
export { useDialogs };

/** One modal at a time, above everything; Escape or the backdrop closes it. */
export function DialogHost({ children }: { children: ReactNode }) {
  const [dialog, setDialog] = useState<{ title: string; render: Render } | null>(null);
  const close = useCallback(() => setDialog(null), []);
  const api = useMemo<DialogApi>(() => ({ open: (title, render) => setDialog({ title, render }), close }), [close]);
  // A layout effect: Escape must work from the moment the dialog is on screen (a passive effect lands a frame later).
  useLayoutEffect(() => {
    if (!dialog) return undefined;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, close]);
  return (
    <DialogProvider value={api}>
      {children}
      {dialog && (
        <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
          <div className="dialog" role="dialog" aria-modal="true" aria-label={dialog.title}>
            <header className="dialog-header">
              <h2>{dialog.title}</h2>
              <button type="button" className="icon-button" onClick={close} aria-label="Close dialog">
                ✕
              </button>
            </header>
            <div className="dialog-body">{dialog.render(close)}</div>
          </div>
        </div>
      )}
    </DialogProvider>
  );
}
