import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { nativeDialogs } from './dialogs';

const setup = () => {
  const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
  const window = {} as BrowserWindow;
  return { dialog, services: nativeDialogs(dialog as unknown as Dialog, window, '/home/analyst/Documents') };
};

describe('nativeDialogs', () => {
  it('suggests a safe file name and appends .assay when the dialog did not', async () => {
    const { dialog, services } = setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/cases/heist' });
    expect(await services.chooseNewCasePath?.('../Op: "Lazarus"/2024')).toBe('/cases/heist.assay');
    expect(dialog.showSaveDialog.mock.calls[0]?.[1].defaultPath).toBe('/home/analyst/Documents/Op Lazarus 2024.assay');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/cases/heist.assay' });
    expect(await services.chooseNewCasePath?.('Heist.assay')).toBe('/cases/heist.assay');
    expect(dialog.showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe('/home/analyst/Documents/Heist.assay');
    expect(await services.chooseNewCasePath?.('')).toBe('/cases/heist.assay');
    expect(dialog.showSaveDialog.mock.calls[2]?.[1].defaultPath).toBe('/home/analyst/Documents/Untitled case.assay');
  });

  it('returns null or [] when the user cancels', async () => {
    const { dialog, services } = setup();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await services.chooseNewCasePath?.('x')).toBeNull();
    expect(await services.chooseExistingCasePath?.()).toBeNull();
    expect(await services.chooseImportFiles?.()).toEqual([]);
  });

  it('opens one case file with the .assay filter and many import files', async () => {
    const { dialog, services } = setup();
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/a.assay'] });
    expect(await services.chooseExistingCasePath?.()).toBe('/a.assay');
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['assay'] }] });
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/x.json', '/y.csv'] });
    expect(await services.chooseImportFiles?.()).toEqual(['/x.json', '/y.csv']);
    expect(dialog.showOpenDialog.mock.calls[1]?.[1].properties).toEqual(['openFile', 'multiSelections']);
  });
});
