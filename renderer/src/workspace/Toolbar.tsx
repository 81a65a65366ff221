import type { ReactNode } from 'react';
import type { CaseInfo } from '../../../shared/domain/case';
import { ImportButton } from '../import/ImportButton';

export function Toolbar({ caseInfo, onClose, onFit, themeToggle }: { caseInfo: CaseInfo; onClose(): void; onFit(): void; themeToggle: ReactNode }) {
  return (
    <header className="toolbar">
      <div className="toolbar-brand" aria-hidden="true">
        A
      </div>
      <div className="toolbar-title">
        <h1 data-testid="case-title">{caseInfo.title}</h1>
        <span className="toolbar-sub">
          {[caseInfo.caseNumber, caseInfo.examiner, caseInfo.agency].filter(Boolean).join(' · ') || 'No case number'}
        </span>
      </div>
      <div className="toolbar-actions">
        <ImportButton />
        <button type="button" className="button" onClick={onFit} title="Fit the graph to the window">
          Fit
        </button>
        {themeToggle}
        <button type="button" className="button" onClick={onClose}>
          Close case
        </button>
      </div>
    </header>
  );
}
