import { useEffect, useState } from 'react';
import { useImport } from './ImportProvider';
import { isBusy } from './import-state';

const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;

/** Files dropped anywhere on the window are imported; an overlay says so while dragging. */
export function DropOverlay() {
  const { state, importFiles } = useImport();
  const [depth, setDepth] = useState(0);
  useEffect(() => {
    const enter = (e: DragEvent) => hasFiles(e) && (e.preventDefault(), setDepth((d) => d + 1));
    const leave = (e: DragEvent) => hasFiles(e) && setDepth((d) => Math.max(0, d - 1));
    const over = (e: DragEvent) => hasFiles(e) && e.preventDefault();
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDepth(0);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0 && !isBusy(state)) importFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [state, importFiles]);
  if (depth === 0) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <strong>Drop to import</strong>
        <span>Blockchain data or attribution files; each file is imported as one transaction.</span>
      </div>
    </div>
  );
}
