import { SHORTCUTS } from './shortcuts';

const keyName = (key: string) => (key === 'Escape' ? 'Esc' : key.toUpperCase());

/** The keyboard shortcuts, shown in a dialog by "?". */
export function ShortcutHelp() {
  return (
    <dl className="shortcut-help" data-testid="shortcut-help">
      {SHORTCUTS.map((s) => (
        <div key={s.key} className="shortcut-row">
          <dt>
            <kbd>{keyName(s.key)}</kbd>
          </dt>
          <dd>{s.label}</dd>
        </div>
      ))}
    </dl>
  );
}
