import type { ReactNode } from 'react';

export interface CaseListItem {
  key: string;
  title: string;
  detail: string;
  meta: string;
  disabled?: boolean;
}

/** A dense, keyboard-reachable list of cases (recent or in the workspace). */
export function CaseList({ items, empty, onPick, testId }: { items: CaseListItem[]; empty: ReactNode; onPick(key: string): void; testId: string }) {
  if (items.length === 0) return <p className="muted empty-note">{empty}</p>;
  return (
    <ul className="case-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key}>
          <button type="button" className="case-list-item" disabled={item.disabled} onClick={() => onPick(item.key)} title={item.detail}>
            <span className="case-list-title">{item.title}</span>
            <span className="case-list-detail mono">{item.detail}</span>
            <span className="case-list-meta">{item.meta}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
