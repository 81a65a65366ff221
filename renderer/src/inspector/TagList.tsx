import type { TagView } from '../../../shared/domain/ledger';
import { InspectorSection } from './InspectorSection';

/** "confidence ownership (90)": the TagPack vocabulary word and its numeric score, whichever exist. */
function confidenceText(t: TagView): string | null {
  if (t.confidence === null && t.confidenceScore === null) return null;
  return `confidence ${[t.confidence, t.confidenceScore === null ? null : `(${t.confidenceScore})`].filter(Boolean).join(' ')}`;
}

/** Tags strongest first, each with the file it was imported from, its own source and its confidence. */
export function TagList({ tags }: { tags: TagView[] }) {
  if (tags.length === 0) return null;
  return (
    <InspectorSection title="Tags" count={tags.length}>
      <ul className="tag-rows" data-testid="inspector-tags">
        {tags.map((t, i) => (
          <li key={`${t.origin}-${i}`} className="tag-chip">
            <span className="tag-head">
              <span className="tag-label">{t.label}</span>
              {t.category && <span className="tag-category">{t.category}</span>}
              {t.actor && <span className="tag-actor muted">{t.actor}</span>}
            </span>
            {/* Each imported string in its own <bdi>: a bidi override in a file name cannot reorder the words after it. */}
            <span className="tag-meta">
              from <bdi>{t.origin}</bdi>
              {t.source && (
                <>
                  {' · '}
                  <bdi>{t.source}</bdi>
                </>
              )}
              {confidenceText(t) && ` · ${confidenceText(t)}`}
            </span>
          </li>
        ))}
      </ul>
    </InspectorSection>
  );
}
