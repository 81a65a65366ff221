import { useApp } from '../app/runtime-context';
import { useDialogs } from '../dialogs/DialogHost';
import { focusNodeIds, selectionChain, useGraphFocus } from '../findings/graph-focus';
import { usePanelMemory } from '../panels/panel-memory';
import type { PanelProps } from '../panels/registry';
import { ErrorMessage } from '../ui/ErrorMessage';
import { initialDraft, seedOf, traceParams } from './trace-draft';
import { TraceForm } from './TraceForm';
import { TraceResults } from './TraceResults';
import { useTraceState } from './trace-state';

/** Runs trace.run from the selection or typed seeds and compares the taint models side by side. */
export function TracePanel({ selectedId, onNavigate }: PanelProps) {
  const { client } = useApp();
  const { highlight, showPath } = useGraphFocus();
  const dialogs = useDialogs();
  const [draft, setDraft] = usePanelMemory('trace.draft', () => initialDraft(selectedId));
  const [state, setState] = useTraceState();
  const run = async () => {
    setState({ running: true, result: null, error: null });
    try {
      setState({ running: false, result: await client.call('trace.run', traceParams(draft)), error: null });
    } catch (error) {
      setState({ running: false, result: null, error });
    }
  };
  const result = state.result;
  return (
    <div className="trace-panel" data-testid="trace-panel">
      {selectedId && seedOf(selectedId) !== draft.seeds && (
        <button type="button" className="link-button" onClick={() => setDraft({ ...draft, seeds: seedOf(selectedId) })}>
          Use the selection as seed
        </button>
      )}
      <TraceForm draft={draft} onChange={setDraft} onRun={() => void run()} running={state.running} />
      <ErrorMessage error={state.error} />
      {result && (
        <>
          <button
            type="button"
            className="button small"
            data-testid="trace-highlight"
            onClick={() => highlight({ label: `trace (${result.addresses.length} addresses)`, nodeIds: focusNodeIds(result.addresses.map((a) => ({ type: 'address', id: a.address }))) })}
          >
            Highlight on graph
          </button>{' '}
          <button
            type="button"
            className="button small"
            data-testid="trace-show-path"
            title="Open the trace's path view: its transactions in role lanes, fans folded"
            onClick={() =>
              showPath({
                title: `trace (${result.addresses.length} addresses)`,
                txids: [...new Set(result.outputs.map((o) => o.txid))].slice(0, 2000),
                subjects: focusNodeIds(result.addresses.slice(0, 1000).map((a) => ({ type: 'address', id: a.address }))),
              })
            }
          >
            Show path
          </button>{' '}
          <button
            type="button"
            className="button small"
            data-testid="trace-wide"
            onClick={() =>
              dialogs.open('Trace: models side by side', (close) => (
                <TraceResults
                  result={result}
                  chain={selectionChain(selectedId)}
                  onNavigate={(id) => {
                    close();
                    onNavigate(id);
                  }}
                />
              ))
            }
          >
            Compare in a wide view
          </button>
          <TraceResults result={result} chain={selectionChain(selectedId)} onNavigate={onNavigate} />
        </>
      )}
    </div>
  );
}
