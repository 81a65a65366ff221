/** What a shortcut does; the workspace maps each action to its handler. */
export type ShortcutAction = 'help' | 'search' | 'clear' | 'findings' | 'trace' | 'annotate' | 'inspector' | 'tables' | 'unhighlight';

export interface Shortcut {
  key: string;
  action: ShortcutAction;
  label: string;
}

export const SHORTCUTS: Shortcut[] = [
  { key: '?', action: 'help', label: 'Show this help' },
  { key: '/', action: 'search', label: 'Focus the search box' },
  { key: 'Escape', action: 'clear', label: 'Clear the selection' },
  { key: 'i', action: 'inspector', label: 'Inspector panel' },
  { key: 'a', action: 'annotate', label: 'Annotations panel (annotate the selection)' },
  { key: 'f', action: 'findings', label: 'Findings panel' },
  { key: 't', action: 'trace', label: 'Trace panel' },
  { key: 'b', action: 'tables', label: 'Open or close the tables drawer' },
  { key: 'h', action: 'unhighlight', label: 'Clear the graph highlight' },
];

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element is a text field (typing there never triggers a shortcut, except Escape). */
  inTextField: boolean;
  /** A modal dialog is open (it owns the keyboard). */
  dialogOpen: boolean;
}

/** The shortcut a key press means, or null. Single keys without modifiers only, so browser and OS shortcuts stay intact. */
export function matchShortcut(input: KeyInput): ShortcutAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || input.dialogOpen) return null;
  if (input.inTextField && input.key !== 'Escape') return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  return SHORTCUTS.find((s) => s.key === key)?.action ?? null;
}
