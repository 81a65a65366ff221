import { describe, expect, it, vi } from 'vitest';
import type { fakeElectron } from './test-support/fake-electron';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeElectron> | null }));

vi.mock('electron', async () => {
  const { fakeElectron: make } = await import('./test-support/fake-electron');
  fake.current = make({ lock: false });
  return fake.current.electron;
});

describe('main entry', () => {
  it('starts the shell on the real electron module (here: a second instance, which quits)', async () => {
    await import('./main');
    const electron = fake.current?.electron;
    expect(electron?.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron?.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron?.app.quit).toHaveBeenCalledOnce();
  });
});
