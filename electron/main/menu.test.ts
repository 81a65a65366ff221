import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

describe('menuTemplate', () => {
  it('sends every File and Help action to the renderer as a command', () => {
    const send = vi.fn();
    const items = flatten(menuTemplate({ dev: false, isMac: false, send }));
    for (const item of items) if (item.click) (item.click as () => void)();
    expect(send.mock.calls.map(([command]) => command)).toEqual(['case.new', 'case.open', 'import.files', 'case.close', 'help.about']);
    expect(items.some((i) => i.role === 'quit')).toBe(true);
  });

  it('offers reload and devtools only in development', () => {
    const roles = (dev: boolean) => flatten(menuTemplate({ dev, isMac: false, send: vi.fn() })).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('adds the macOS application menu only on macOS', () => {
    expect(menuTemplate({ dev: false, isMac: true, send: vi.fn() })[0]?.role).toBe('appMenu');
    expect(menuTemplate({ dev: false, isMac: false, send: vi.fn() })[0]?.label).toBe('File');
  });
});
