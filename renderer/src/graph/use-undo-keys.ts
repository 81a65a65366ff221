import { useEffect } from 'react';
import type { Workbench } from './interactions/workbench';

const inTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Ctrl/Cmd+Z undoes a graph edit, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes it; text fields keep their own undo. */
export function useUndoKeys(workbench: Workbench): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) workbench.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') workbench.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workbench]);
}
