import { describe, expect, it } from 'vitest';
import { matchShortcut, type KeyInput } from './shortcuts';

const press = (key: string, over: Partial<KeyInput> = {}): KeyInput => ({ key, ctrlKey: false, metaKey: false, altKey: false, inTextField: false, dialogOpen: false, ...over });

describe('matchShortcut', () => {
  it('maps single keys (either case) to actions', () => {
    expect(matchShortcut(press('?'))).toBe('help');
    expect(matchShortcut(press('F'))).toBe('findings');
    expect(matchShortcut(press('t'))).toBe('trace');
    expect(matchShortcut(press('/'))).toBe('search');
    expect(matchShortcut(press('x'))).toBeNull();
  });

  it('leaves typing in text fields alone, except Escape', () => {
    expect(matchShortcut(press('f', { inTextField: true }))).toBeNull();
    expect(matchShortcut(press('Escape', { inTextField: true }))).toBe('clear');
  });

  it('never takes modified keys or keys while a dialog is open', () => {
    expect(matchShortcut(press('f', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(press('a', { metaKey: true }))).toBeNull();
    expect(matchShortcut(press('?', { dialogOpen: true }))).toBeNull();
  });
});
