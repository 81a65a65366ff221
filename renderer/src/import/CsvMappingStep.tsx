import { useState } from 'react';
import type { CsvMapping } from '../../../shared/api/methods/import';
import { CHAINS, type Chain } from '../../../shared/domain/chain';
import { buildMapping, guessColumns, MAPPING_KINDS, mappingFields, type MappingKind } from './csv-mapping-fields';

/** Generic CSV: which column holds what, checked against the engine's own schema before it is confirmed. */
export function CsvMappingStep({ columns, mapping, onConfirm }: { columns: string[]; mapping: CsvMapping | null; onConfirm(mapping: CsvMapping | null): void }) {
  const [kind, setKind] = useState<MappingKind>(mapping?.kind ?? 'transfers');
  const [chain, setChain] = useState<Chain>(mapping?.chain ?? 'BTC');
  const [decimals, setDecimals] = useState(mapping?.kind === 'transfers' ? mapping.decimals : 0);
  const [chosen, setChosen] = useState<Record<string, string>>(() => (mapping ? { ...mapping.columns } : guessColumns(kind, columns)));
  const [problem, setProblem] = useState<string | null>(null);

  const switchKind = (next: MappingKind) => {
    setKind(next);
    setChosen(guessColumns(next, columns));
    onConfirm(null);
  };
  const confirm = () => {
    const built = buildMapping(kind, chain, decimals, chosen);
    setProblem('problem' in built ? built.problem : null);
    onConfirm('mapping' in built ? built.mapping : null);
  };

  return (
    <fieldset className="csv-mapping" data-testid="csv-mapping">
      <legend>Map the CSV columns</legend>
      <div className="csv-mapping-grid">
        <label>
          Rows are
          <select value={kind} onChange={(e) => switchKind(e.target.value as MappingKind)}>
            {MAPPING_KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'transfers' ? 'transfers (from → to)' : 'address labels'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Chain
          <select value={chain} onChange={(e) => (setChain(e.target.value as Chain), onConfirm(null))}>
            {CHAINS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        {kind === 'transfers' && (
          <label title="Amounts are decimals with this many places; 0 means the column holds base units">
            Decimals
            <input type="number" min={0} max={36} value={decimals} onChange={(e) => (setDecimals(Number(e.target.value)), onConfirm(null))} />
          </label>
        )}
        {mappingFields(kind).map((field) => (
          <label key={field.name}>
            {field.name}
            {field.required ? ' *' : ''}
            <select
              aria-label={`Column for ${field.name}`}
              value={chosen[field.name] ?? ''}
              onChange={(e) => (setChosen({ ...chosen, [field.name]: e.target.value }), onConfirm(null))}
            >
              <option value="">{field.required ? '— choose —' : '— none —'}</option>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="csv-mapping-actions">
        <button type="button" className="button small" onClick={confirm}>
          Confirm mapping
        </button>
        {mapping && <span className="status ok">Mapping confirmed</span>}
        {problem && (
          <span className="status warn" role="alert">
            {problem}
          </span>
        )}
      </div>
    </fieldset>
  );
}
