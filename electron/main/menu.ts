import type { MenuItemConstructorOptions } from 'electron';
import type { z } from 'zod';
import type { MenuCommand } from '../../shared/api/events';

export type MenuCommandName = z.output<typeof MenuCommand>;

export interface MenuOptions {
  dev: boolean;
  isMac: boolean;
  /** Delivers a command to the focused window's renderer (as a `menu.command` event). */
  send(command: MenuCommandName): void;
}

/** A minimal application menu; every case action is carried out by the renderer, which owns the UI state. */
export function menuTemplate({ dev, isMac, send }: MenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommandName, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const devItems: MenuItemConstructorOptions[] = dev ? [{ role: 'reload' }, { role: 'toggleDevTools' }] : [];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        item('New case…', 'case.new', 'CmdOrCtrl+N'),
        item('Open case…', 'case.open', 'CmdOrCtrl+O'),
        item('Import…', 'import.files', 'CmdOrCtrl+I'),
        { type: 'separator' },
        item('Close case', 'case.close', 'CmdOrCtrl+W'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { label: 'Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    ...(devItems.length > 0 ? [{ label: 'View', submenu: devItems }] : []),
    { label: 'Help', role: 'help', submenu: [item('About Assay', 'help.about')] },
  ];
}
