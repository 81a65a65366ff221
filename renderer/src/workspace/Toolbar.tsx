import type { ReactNode } from 'react';
import type { CaseInfo } from '../../../shared/domain/case';
import { ExportActions } from '../export/ExportActions';
import { ImportButton } from '../import/ImportButton';
import { SettingsButton } from '../settings/SettingsButton';
import { SearchBox } from './SearchBox';

export interface ToolbarProps {
  caseInfo: CaseInfo;
  onClose(): void;
  onFit(): void;
  onFound(id: string): void;
  themeToggle: ReactNode;
}

export function Toolbar({ caseInfo, onClose, onFit, onFound, themeToggle }: ToolbarProps) {
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
      <SearchBox onFound={onFound} />
      <div className="toolbar-actions">
        <ImportButton />
        <ExportActions caseTitle={caseInfo.title} />
        <button type="button" className="button" onClick={onFit} title="Fit the graph to the window">
          Fit
        </button>
        <SettingsButton examiner={caseInfo.examiner} />
        {themeToggle}
        <button type="button" className="button" onClick={onClose}>
          Close case
        </button>
      </div>
    </header>
  );
}
