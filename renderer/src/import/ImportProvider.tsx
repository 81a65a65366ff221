import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { toAppError } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/api/methods/import';
import { useApp } from '../app/runtime-context';
import { useDialogs } from '../dialogs/DialogHost';
import { strictContext } from '../ui/strict-context';
import { ImportResultView } from './ImportResultView';
import { isBusy, type ImportState } from './import-state';

interface ImportApi {
  state: ImportState;
  /** Files from a drop or a file input: uploaded (browser) or registered by path (Electron), then imported. */
  importFiles(files: File[]): void;
  /** The native picker, where the runtime has one. */
  choose?: () => void;
  cancel(): void;
  dismiss(): void;
}

const [ImportContextProvider, useImport] = strictContext<ImportApi>('useImport');
export { useImport };

/** Runs one import job at a time and reports it; results open in a dialog. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { client, intake } = useApp();
  const dialogs = useDialogs();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const busy = useRef(false);

  const run = useCallback(
    async (acquire: () => Promise<FileRef[]>) => {
      if (busy.current) return;
      busy.current = true;
      const jobId = `ui-${crypto.randomUUID()}`;
      const unsubscribe = client.on('import.progress', (progress) => {
        if (progress.jobId === jobId) setState((s) => (s.phase === 'running' ? { ...s, progress } : s));
      });
      try {
        const files = await acquire();
        if (files.length === 0) return setState({ phase: 'idle' });
        setState({ phase: 'running', jobId, files, progress: null, cancelling: false });
        const results = await client.call('import.run', { jobId, files: files.map((f) => f.id) });
        setState({ phase: 'done', results });
        dialogs.open('Import finished', () => <ImportResultView results={results} />);
      } catch (error) {
        // Whatever error a cancelled job ends with, the user asked for it: report the cancellation, not a failure.
        setState((s) => (toAppError(error).code === 'CANCELLED' || (s.phase === 'running' && s.cancelling) ? { phase: 'cancelled' } : { phase: 'failed', error }));
      } finally {
        unsubscribe();
        busy.current = false;
      }
      return undefined;
    },
    [client, dialogs],
  );

  const api = useMemo<ImportApi>(
    () => ({
      state,
      importFiles: (files) =>
        void run(() =>
          // Only uploads report progress (the browser); Electron hands paths over at once.
          intake.fromFiles(files, (index, sentBytes, totalBytes) =>
            setState({ phase: 'uploading', fileName: files[index]?.name ?? '', index, count: files.length, sentBytes, totalBytes }),
          ),
        ),
      ...(intake.choose ? { choose: () => void run(intake.choose!) } : {}),
      cancel: () => {
        if (state.phase !== 'running') return;
        setState({ ...state, cancelling: true });
        void client.call('import.cancel', { jobId: state.jobId }).catch(() => undefined);
      },
      dismiss: () => !isBusy(state) && setState({ phase: 'idle' }),
    }),
    [state, run, intake, client],
  );
  return <ImportContextProvider value={api}>{children}</ImportContextProvider>;
}
