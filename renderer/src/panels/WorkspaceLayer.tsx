import { useState } from 'react';
import { useDialogs } from '../dialogs/DialogHost';
import { useGraphFocus } from '../findings/graph-focus';
import { ShortcutHelp } from '../shortcuts/ShortcutHelp';
import { useShortcuts } from '../shortcuts/use-shortcuts';
import { TablesDrawer } from '../tables/TablesDrawer';

export interface WorkspaceLayerProps {
  onPanel(id: string): void;
  onSelect(id: string | null): void;
  onNavigate(id: string): void;
}

/**
 * What the panels add over the graph area: the tables drawer (with its toggle), the banner of the current graph
 * highlight, and the keyboard shortcuts with their help overlay. Mounted once inside the graph area.
 */
export function WorkspaceLayer({ onPanel, onSelect, onNavigate }: WorkspaceLayerProps) {
  const dialogs = useDialogs();
  const { focus, clear } = useGraphFocus();
  const [tablesOpen, setTablesOpen] = useState(false);
  useShortcuts({
    help: () => dialogs.open('Keyboard shortcuts', () => <ShortcutHelp />),
    search: () => document.querySelector<HTMLInputElement>('.search-box input')?.focus(),
    clear: () => {
      (document.activeElement as HTMLElement | null)?.blur();
      onSelect(null);
    },
    inspector: () => onPanel('inspector'),
    annotate: () => onPanel('annotations'),
    findings: () => onPanel('findings'),
    trace: () => onPanel('trace'),
    tables: () => setTablesOpen((open) => !open),
    unhighlight: clear,
  });
  return (
    <>
      {focus && (
        <div className="focus-banner" role="status" data-testid="graph-focus">
          Highlighting <bdi>{focus.label}</bdi> on the graph
          <button type="button" className="link-button" onClick={clear}>
            Clear
          </button>
        </div>
      )}
      {tablesOpen ? (
        <TablesDrawer onNavigate={onNavigate} onClose={() => setTablesOpen(false)} />
      ) : (
        <button type="button" className="button small tables-toggle" onClick={() => setTablesOpen(true)} data-testid="open-tables" title="Tables (B)">
          Tables
        </button>
      )}
    </>
  );
}
