import type { CSSProperties } from 'react';
import { CATEGORY_CLASSES } from '../../../shared/category/category-classes';

/** Node colours by category (the tag with the highest confidence decides), and what the other marks mean. */
export function Legend() {
  return (
    <div className="graph-legend" data-testid="graph-legend" aria-label="Legend">
      <ul>
        {CATEGORY_CLASSES.map((l) => (
          <li key={l.key}>
            {/* Both theme colours ride along; graph.css picks the one of the current theme. */}
            <span className="legend-swatch" style={{ '--swatch-light': l.light, '--swatch-dark': l.dark } as CSSProperties} aria-hidden="true" />
            {l.label}
          </li>
        ))}
        <li><span className="legend-line dashed" aria-hidden="true" />Off-chain link</li>
        <li><span className="legend-line thick" aria-hidden="true" />Edge width: amount</li>
      </ul>
    </div>
  );
}
