import { useRef } from 'react';
import { useImport } from './ImportProvider';
import { isBusy } from './import-state';

/** Import…: the native picker in Electron, a file input in the browser (which uploads what it picks). */
export function ImportButton() {
  const { state, importFiles, choose } = useImport();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button primary"
        disabled={isBusy(state)}
        onClick={() => (choose ? choose() : input.current?.click())}
        title="Import blockchain data or attribution tags (or drop files on the window)"
      >
        Import…
      </button>
      {!choose && (
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) importFiles(files);
          }}
        />
      )}
    </>
  );
}
