import { execFileSync, spawnSync } from 'node:child_process';

/** poppler's pdftotext (apt poppler-utils); tests that read PDF text skip where it is absent. */
export const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/** The text of a PDF, pages separated by form feeds, in reading layout. */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
