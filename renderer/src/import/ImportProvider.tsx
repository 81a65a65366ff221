import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { toAppError } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/api/methods/import';
import { useApp } from '../app/runtime-context';
import { useDialogs } from '../dialogs/DialogHost';
import { strictContext } from '../ui/strict-context';
import type { ImportResult } from '../../../shared/domain/source';
import { ImportDialog } from './ImportDialog';
import { ImportResultView } from './ImportResultView';
import type { RunPlan } from './import-plan';
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
  // Cancel between two runs of one job must stop the runs still to come, not only the one in flight.
  const cancelRequested = useRef(false);

  const showResults = useCallback((results: ImportResult[]) => dialogs.open('Import finished', () => <ImportResultView results={results} />), [dialogs]);

  /** Runs the planned import.run calls one after another as one job for the progress card; Cancel stops the rest. */
  const execute = useCallback(
    async (runs: RunPlan[]) => {
      if (busy.current) return;
      busy.current = true;
      cancelRequested.current = false;
      const results: ImportResult[] = [];
      let jobId = '';
      const unsubscribe = client.on('import.progress', (progress) => {
        if (progress.jobId === jobId) setState((s) => (s.phase === 'running' ? { ...s, progress } : s));
      });
      try {
        for (const { files, ...options } of runs) {
          if (cancelRequested.current) return setState({ phase: 'cancelled' });
          jobId = `ui-${crypto.randomUUID()}`;
          setState((s) => ({ phase: 'running', jobId, files, progress: null, cancelling: s.phase === 'running' && s.cancelling }));
          results.push(...(await client.call('import.run', { jobId, files: files.map((f) => f.id), ...options })));
        }
        setState({ phase: 'done', results });
        showResults(results);
      } catch (error) {
        // Whatever error a cancelled job ends with, the user asked for it: report the cancellation, not a failure.
        setState((s) => (toAppError(error).code === 'CANCELLED' || (s.phase === 'running' && s.cancelling) ? { phase: 'cancelled' } : { phase: 'failed', error }));
      } finally {
        unsubscribe();
        busy.current = false;
      }
    },
    [client, showResults],
  );

  /** Files chosen or dropped are uploaded/registered first, then the import dialog decides how to read them. */
  const acquire = useCallback(
    async (get: () => Promise<FileRef[]>) => {
      if (busy.current) return;
      busy.current = true;
      try {
        const files = await get();
        setState({ phase: 'idle' });
        if (files.length > 0) {
          dialogs.open('Import files', (close) => (
            <ImportDialog files={files} onImport={(runs) => (close(), void execute(runs))} onPasted={(result) => showResults([result])} />
          ));
        }
      } catch (error) {
        setState({ phase: 'failed', error });
      } finally {
        busy.current = false;
      }
    },
    [dialogs, execute, showResults],
  );

  const api = useMemo<ImportApi>(
    () => ({
      state,
      importFiles: (files) =>
        void acquire(() =>
          // Only uploads report progress (the browser); Electron hands paths over at once.
          intake.fromFiles(files, (index, sentBytes, totalBytes) =>
            setState({ phase: 'uploading', fileName: files[index]?.name ?? '', index, count: files.length, sentBytes, totalBytes }),
          ),
        ),
      ...(intake.choose ? { choose: () => void acquire(intake.choose!) } : {}),
      cancel: () => {
        if (state.phase !== 'running') return;
        cancelRequested.current = true;
        setState({ ...state, cancelling: true });
        void client.call('import.cancel', { jobId: state.jobId }).catch(() => undefined);
      },
      dismiss: () => !isBusy(state) && setState({ phase: 'idle' }),
    }),
    [state, acquire, intake, client],
  );
  return <ImportContextProvider value={api}>{children}</ImportContextProvider>;
}
