/**
 * Undo/redo as a stack of mementos: before every edit the caller records the state it is about to change, so undo
 * restores exactly that state (positions included) whatever the edit was. Bounded so a long session stays small.
 */
export class History<T> {
  private readonly undoStack: { label: string; state: T }[] = [];
  private readonly redoStack: { label: string; state: T }[] = [];

  constructor(private readonly limit = 100) {}

  /** Call before an edit with the state before it; a new edit discards what could be redone. */
  record(label: string, before: T): void {
    this.undoStack.push({ label, state: before });
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  /** Takes the state to restore; `current` is kept so redo can come back to it. Null when there is nothing to undo. */
  undo(current: T): { label: string; state: T } | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.redoStack.push({ label: entry.label, state: current });
    return entry;
  }

  redo(current: T): { label: string; state: T } | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.undoStack.push({ label: entry.label, state: current });
    return entry;
  }

  /** The labels of the next undo and redo, for button titles. */
  peek(): { undo: string | null; redo: string | null } {
    return { undo: this.undoStack.at(-1)?.label ?? null, redo: this.redoStack.at(-1)?.label ?? null };
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }
}
