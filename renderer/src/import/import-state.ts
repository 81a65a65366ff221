import type { FileRef } from '../../../shared/api/methods/import';
import type { ImportProgress, ImportResult } from '../../../shared/domain/source';

/** Where one import job stands; the toolbar, status bar and drop overlay all read this one value. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; index: number; count: number; sentBytes: number; totalBytes: number }
  | { phase: 'running'; jobId: string; files: FileRef[]; progress: ImportProgress | null; cancelling: boolean }
  | { phase: 'done'; results: ImportResult[] }
  | { phase: 'failed'; error: unknown }
  /** The user cancelled: the file being imported rolled back, earlier files of the job stay. */
  | { phase: 'cancelled' };

export const isBusy = (state: ImportState): boolean => state.phase === 'uploading' || state.phase === 'running';

/** Share of the whole job done, 0..1, counting earlier files as complete. */
export function jobFraction(progress: ImportProgress | null): number {
  if (!progress || progress.fileCount === 0) return 0;
  const fileShare = progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : 0;
  return Math.min(1, (progress.fileIndex + fileShare) / progress.fileCount);
}
