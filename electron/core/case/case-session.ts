import { AppError } from '../../../shared/api/errors';
import type { CaseInfo } from '../../../shared/domain/case';
import type { CaseFile } from './case-file';

/** The one case a backend has open, plus a queue that keeps writes (imports, analysis) from interleaving. */
export class CaseSession {
  private current: { file: CaseFile; location: string } | null = null;
  private writeQueue: Promise<unknown> = Promise.resolve();

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The open case, or NO_CASE. */
  get caseFile(): CaseFile {
    if (!this.current) throw new AppError('NO_CASE', 'No case is open.');
    return this.current.file;
  }

  info(): CaseInfo | null {
    return this.current ? this.current.file.info(this.current.location) : null;
  }

  /** How the open case was opened, so a restarted engine can open it again. */
  get reopenAs(): { location: string; readOnly: boolean } | null {
    return this.current ? { location: this.current.location, readOnly: this.current.file.db.readonly } : null;
  }

  attach(file: CaseFile, location: string): CaseInfo {
    this.close();
    this.current = { file, location };
    return file.info(location);
  }

  close(): void {
    this.current?.file.close();
    this.current = null;
  }

  /** Runs writers one after another; a failed writer does not block the next. */
  exclusive<T>(task: (file: CaseFile) => Promise<T> | T): Promise<T> {
    const run = this.writeQueue.then(() => task(this.caseFile));
    this.writeQueue = run.catch(() => undefined);
    return run;
  }
}
