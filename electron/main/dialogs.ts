import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { PlatformServices } from '../core/api/backend';
import { CASE_EXTENSION } from '../core/case/locations';

const CASE_FILTER = { name: 'Assay case', extensions: [CASE_EXTENSION.slice(1)] };

/** Makes a suggested name safe as a file name (no separators, no leading dot) with exactly one .assay. */
const fileNameFrom = (suggested: string): string => {
  const cleaned = suggested
    .replace(/\.assay$/i, '')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  return `${cleaned || 'Untitled case'}${CASE_EXTENSION}`;
};

/** Native dialogs as the backend's platform services; the handlers grant whatever path the user picks. */
export function nativeDialogs(dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>, window: BrowserWindow, documentsDir: string): PlatformServices {
  return {
    async chooseNewCasePath(suggestedName) {
      const result = await dialog.showSaveDialog(window, {
        title: 'New case',
        defaultPath: path.join(documentsDir, fileNameFrom(suggestedName)),
        filters: [CASE_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      // Linux dialogs do not append the filter's extension.
      return result.filePath.endsWith(CASE_EXTENSION) ? result.filePath : `${result.filePath}${CASE_EXTENSION}`;
    },
    async chooseExistingCasePath() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Open case',
        defaultPath: documentsDir,
        filters: [CASE_FILTER],
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImportFiles() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Import files',
        properties: ['openFile', 'multiSelections'],
      });
      return result.canceled ? [] : result.filePaths;
    },
  };
}
