import { LEGEND } from './encoding';

/** Node colours by category (the tag with the highest confidence decides), and what the other marks mean. */
export function Legend() {
  return (
    <div className="graph-legend" data-testid="graph-legend" aria-label="Legend">
      <ul>
        {LEGEND.map((l) => (
          <li key={l.key}>
            <span className="legend-swatch" style={{ background: l.color }} aria-hidden="true" />
            {l.label}
          </li>
        ))}
        <li><span className="legend-line dashed" aria-hidden="true" />Off-chain link</li>
        <li><span className="legend-line thick" aria-hidden="true" />Edge width: amount</li>
      </ul>
    </div>
  );
}
