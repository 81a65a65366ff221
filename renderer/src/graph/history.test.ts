import { describe, expect, it } from 'vitest';
import { History } from './history';

describe('History', () => {
  it('undoes to the recorded state and redoes back to the state undo replaced', () => {
    const h = new History<number>();
    let state = 0;
    const edit = (label: string, next: number) => {
      h.record(label, state);
      state = next;
    };
    edit('add', 1);
    edit('hide', 2);
    expect(h.peek()).toEqual({ undo: 'hide', redo: null });
    state = h.undo(state)!.state;
    expect(state).toBe(1);
    state = h.undo(state)!.state;
    expect(state).toBe(0);
    expect(h.undo(state)).toBeNull();
    state = h.redo(state)!.state;
    expect(state).toBe(1);
    expect(h.peek()).toEqual({ undo: 'add', redo: 'hide' });
    // A new edit after undo drops the redo branch.
    edit('pin', 5);
    expect(h.redo(state)).toBeNull();
    expect(h.undo(state)).toEqual({ label: 'pin', state: 1 });
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const h = new History<number>(2);
    h.record('a', 0);
    h.record('b', 1);
    h.record('c', 2);
    expect(h.undo(3)?.state).toBe(2);
    expect(h.undo(2)?.state).toBe(1);
    expect(h.undo(1)).toBeNull();
  });
});
