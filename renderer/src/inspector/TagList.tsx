import type { TagView } from '../../../shared/domain/ledger';
import { InspectorSection } from './InspectorSection';

export function TagList({ tags }: { tags: TagView[] }) {
  if (tags.length === 0) return null;
  return (
    <InspectorSection title="Tags">
      <ul className="tag-list">
        {tags.map((t, i) => (
          <li key={`${t.origin}-${i}`} className="tag-chip" title={`${t.origin}${t.source ? ` · ${t.source}` : ''}`}>
            <span className="tag-label">{t.label}</span>
            {t.category && <span className="tag-category">{t.category}</span>}
            {t.confidence && <span className="tag-confidence">{t.confidence}</span>}
          </li>
        ))}
      </ul>
    </InspectorSection>
  );
}
