import type { ReactNode } from 'react';

export interface CaseListItem {
  key: string;
  title: string;
  detail: string;
  meta: string;
  /** The file is gone (moved or deleted): the row says so and cannot be opened. */
  missing?: boolean;
}

interface CaseListProps {
  items: CaseListItem[];
  empty: ReactNode;
  onPick(key: string): void;
  /** Offered per row when given: takes the entry off the list (never deletes the file). */
  onRemove?(key: string): void;
  testId: string;
}

/** A dense, keyboard-reachable list of cases (recent or in the workspace). */
export function CaseList({ items, empty, onPick, onRemove, testId }: CaseListProps) {
  if (items.length === 0) return <p className="muted empty-note">{empty}</p>;
  return (
    <ul className="case-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} className={item.missing ? 'case-list-row missing' : 'case-list-row'} data-missing={item.missing ? 'true' : undefined}>
          <button type="button" className="case-list-item" disabled={item.missing} onClick={() => onPick(item.key)} title={item.detail}>
            <span className="case-list-title">{item.title}</span>
            <span className="case-list-detail mono">{item.detail}</span>
            <span className="case-list-meta">{item.missing ? <span className="case-missing">File missing (moved or deleted)</span> : item.meta}</span>
          </button>
          {onRemove && (
            <button type="button" className="case-list-remove" onClick={() => onRemove(item.key)} aria-label={`Remove ${item.title} from the list`} title="Remove from the list (the file is not deleted)">
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
