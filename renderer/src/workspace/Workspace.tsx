import { useEffect, useRef, useState } from 'react';
import type { CaseInfo } from '../../../shared/domain/case';
import { useApp } from '../app/runtime-context';
import type { Theme } from '../app/theme';
import type { Core } from 'cytoscape';
import { GraphCanvas } from '../graph/GraphCanvas';
import { GraphWorkbench } from '../graph/GraphWorkbench';
import { DropOverlay } from '../import/DropOverlay';
import { ImportProvider } from '../import/ImportProvider';
import { ImportProgressCard } from '../import/ImportStatus';
import { PanelsProvider } from '../panels/panel-memory';
import { sidePanels } from '../panels/registry';
import { WorkspaceLayer } from '../panels/WorkspaceLayer';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLoad } from '../ui/use-load';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

const OVERVIEW_LIMIT = 500;

export interface WorkspaceProps {
  caseInfo: CaseInfo;
  onClose(): void;
  theme: Theme;
  themeToggle: React.ReactNode;
}

/** The open case: toolbar, graph, side panels from the registry, status bar. */
export function Workspace({ caseInfo, onClose, theme, themeToggle }: WorkspaceProps) {
  const { client, testHooks } = useApp();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [panelId, setPanelId] = useState(sidePanels[0]?.id ?? '');
  const graphApi = useRef<{ fit(): void } | null>(null);
  // The graph saves its last session before the case closes; a failed layout save never keeps the case open.
  const closing = useRef<(() => Promise<void>) | null>(null);
  const close = () => {
    const beforeClose = closing.current?.().catch(() => undefined) ?? Promise.resolve();
    void beforeClose.then(onClose);
  };
  const [cy, setCy] = useState<Core | null>(null);
  // Asking for the full ledger (leaving a path view) reloads the overview, and the case no longer opens on paths.
  const [ledgerAsks, setLedgerAsks] = useState(0);
  // Reload the graph whenever the case's content changes (an import adds transactions).
  const overview = useLoad(`${caseInfo.caseId}:${caseInfo.counts.transactions}:${caseInfo.counts.tags}:${ledgerAsks}`, () =>
    client.call('graph.overview', { limit: OVERVIEW_LIMIT }),
  );
  const panel = sidePanels.find((p) => p.id === panelId) ?? sidePanels[0];
  const navigate = (id: string) => {
    setSelectedId(id);
    setPanelId('inspector');
  };
  const [reveal, setReveal] = useState<{ id: string; n: number } | null>(null);
  const found = (id: string) => {
    navigate(id);
    setReveal((r) => ({ id, n: (r?.n ?? 0) + 1 }));
  };
  useEffect(() => {
    setSelectedId(null);
    setLedgerAsks(0);
  }, [caseInfo.caseId]);

  return (
    <ImportProvider>
      <PanelsProvider caseId={caseInfo.caseId}>
      <div className="workspace">
        <Toolbar caseInfo={caseInfo} onClose={close} onFit={() => graphApi.current?.fit()} onFound={found} themeToggle={themeToggle} />
        <div className="workspace-body">
          <main className="graph-area">
            {overview.error ? <ErrorMessage error={overview.error} /> : null}
            {overview.data && (
              <GraphCanvas
                slice={overview.data}
                selectedId={selectedId}
                onSelect={setSelectedId}
                theme={theme}
                exposeForTests={testHooks}
                onReady={(api) => {
                  graphApi.current = api;
                  setCy(api.cy);
                }}
              />
            )}
            {overview.data && cy && !cy.destroyed() && <GraphWorkbench cy={cy} slice={overview.data} selectedId={selectedId} onSelect={setSelectedId} startWithPaths={ledgerAsks === 0} onFullLedger={() => setLedgerAsks((n) => n + 1)} reveal={reveal} closing={closing} />}
            <ImportProgressCard />
            <WorkspaceLayer onPanel={setPanelId} onSelect={setSelectedId} onNavigate={navigate} />
            {overview.data && overview.data.nodes.length === 0 && (
              <div className="graph-empty">
                <h2>This case is empty</h2>
                <p>Import Bitcoin Core JSON, bitcoin-etl exports, TagPacks or other supported files with Import…, or drop them anywhere on this window.</p>
              </div>
            )}
          </main>
          <aside className="side-panel">
            <nav className="panel-tabs" role="tablist">
              {sidePanels.map((p) => (
                <button key={p.id} type="button" role="tab" aria-selected={p.id === panel?.id} className="panel-tab" onClick={() => setPanelId(p.id)}>
                  {p.title}
                </button>
              ))}
            </nav>
            <div className="panel-content" role="tabpanel">
              {panel && <panel.Component caseInfo={caseInfo} selectedId={selectedId} onNavigate={navigate} />}
            </div>
          </aside>
        </div>
        <StatusBar caseInfo={caseInfo} slice={overview.data} cy={cy && !cy.destroyed() ? cy : null} />
      </div>
      </PanelsProvider>
      <DropOverlay />
    </ImportProvider>
  );
}
