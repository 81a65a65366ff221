import type { AnnotationSubject } from '../../../shared/domain/annotation';
import { nodeId } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { shorten } from '../ui/format';
import { useLoad } from '../ui/use-load';

/** Off-chain links that end at this address (e.g. the payout address a rental order pointed at), with their evidence. */
export function IncomingLinks({ subject, version, onNavigate }: { subject: AnnotationSubject; version: string; onNavigate(id: string): void }) {
  const { client } = useApp();
  const links = useLoad(`${subject.chain}:${subject.id}#${version}`, () => client.call('offchain.links', { chain: subject.chain, address: subject.id }));
  const incoming = (links.data ?? []).filter((l) => l.to === subject.id);
  if (links.error) return <ErrorMessage error={links.error} />;
  if (incoming.length === 0) return null;
  return (
    <section className="incoming-links" data-testid="incoming-links">
      <h3 className="section-title">Off-chain links into this address</h3>
      <ul className="offchain-list">
        {incoming.map((l) => (
          <li key={l.id} className="offchain-link">
            <span className="offchain-badge">off-chain link</span>
            <span>from</span>
            <button type="button" className="link-button mono" title={l.from} onClick={() => onNavigate(nodeId('address', l.chain, l.from))}>
              {shorten(l.from, 12, 8)}
            </button>
            <span className="muted link-note">
              {l.kind.replace(/_/g, ' ')} #{l.annotationId}
              {l.confidence === null ? '' : `, confidence ${l.confidence}`}
              {l.note && (
                <>
                  : <bdi>{l.note}</bdi>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
