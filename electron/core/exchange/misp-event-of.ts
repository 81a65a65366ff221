import type Database from 'better-sqlite3';
import { CHAIN_DECIMALS, formatBaseUnits } from '../../../shared/amount';
import { SEVERITY_RANK } from '../analysis/findings/finding-store';
import { citedTransactions, strings } from '../report/pdf/sections/finding-refs';
import { parseStored } from '../report/report-context';
import { assayTag, BTC_TRANSACTION, BTC_WALLET, nameUuid, type MispAttribute, type MispEvent, type MispObject } from './misp-event';
import { ANY_CHAIN } from '../db/any-chain';

const CATEGORY = 'Financial fraud';
/** MISP threat levels: 1 high, 2 medium, 3 low, 4 undefined. */
const THREAT_LEVEL: Record<string, string> = { critical: '1', high: '1', medium: '2', low: '3', info: '4' };

/** Detectors by the typology they look for (DESIGN §4): mining-based laundering or tracing in general. */
const typologyOf = (detector: string): string => (/^(M\d|hash-rental|mining)/i.test(detector) ? 'mining-based laundering' : 'tracing');

interface Finding {
  id: number;
  detector: string;
  severity: string;
  title: string;
  subjects: string;
  evidence: string;
}

export interface MispExportOptions {
  /** SHA-256 of the evidence package's manifest.json this event accompanies; named in the event info. */
  manifestSha256: string | null;
  now: Date;
}

/**
 * The case's accepted findings as one MISP event: each subject address as an attribute (btc; eth as text) and, for
 * Bitcoin, a btc-wallet object; each cited Bitcoin transaction as a btc-transaction object; tags for actor and typology.
 */
export function mispEventOf(db: Database.Database, options: MispExportOptions): MispEvent {
  const meta = (key: string): string => (db.prepare('SELECT value FROM case_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? '';
  const caseId = meta('case_id');
  const timestamp = String(Math.floor(options.now.getTime() / 1000));
  const findings = db
    .prepare(`SELECT id, detector, severity, title, subjects, evidence FROM findings WHERE status = 'accepted' ORDER BY ${SEVERITY_RANK}, id`)
    .all() as Finding[];
  const chainOf = db.prepare(`SELECT chain FROM addresses WHERE ${ANY_CHAIN} AND address = ? ORDER BY chain LIMIT 1`).pluck();
  const tagsOf = db.prepare("SELECT DISTINCT category, actor FROM tags WHERE subject_type = 'address' AND subject = ?");
  const attributes: MispAttribute[] = [];
  const objects: MispObject[] = [];
  const eventTags = new Map<string, { name: string }>();
  const seen = new Set<string>();
  const attribute = (type: string, value: string, comment: string, key: string, extra: Partial<MispAttribute> = {}): MispAttribute => ({
    uuid: nameUuid(caseId, key, value),
    type,
    category: CATEGORY,
    value,
    to_ids: false,
    distribution: '5',
    timestamp,
    comment,
    ...extra,
  });
  const object = (template: typeof BTC_WALLET, key: string, comment: string, attrs: MispAttribute[]): MispObject => ({
    uuid: nameUuid(caseId, template.name, key),
    name: template.name,
    'meta-category': 'financial',
    template_uuid: template.uuid,
    template_version: template.version,
    description: template.description,
    distribution: '5',
    timestamp,
    comment,
    Attribute: attrs,
  });
  for (const f of findings) {
    const about = `Assay finding ${f.id} (${f.detector}, ${f.severity}): ${f.title}`;
    const typology = assayTag('typology', typologyOf(f.detector));
    eventTags.set(typology.name, typology);
    const json = [parseStored(f.subjects), parseStored(f.evidence)];
    for (const value of json.flatMap((j) => strings(j))) {
      const chain = chainOf.get(value) as string | undefined;
      if (!chain || seen.has(`a:${value}`)) continue;
      seen.add(`a:${value}`);
      const tags = (tagsOf.all(value) as { category: string | null; actor: string | null }[]).flatMap((t) => [
        ...(t.actor ? [assayTag('actor', t.actor)] : []),
        ...(t.category ? [assayTag('category', t.category)] : []),
      ]);
      for (const t of tags) if (t.name.startsWith('assay:actor=')) eventTags.set(t.name, t);
      if (chain === 'BTC') {
        attributes.push(attribute('btc', value, about, 'attribute', { Tag: tags }));
        objects.push(object(BTC_WALLET, value, about, [attribute('btc', value, about, 'wallet', { object_relation: 'wallet-address' })]));
      } else if (chain === 'ETH' || chain === 'ETC') {
        attributes.push(attribute('text', value, `${chain} address. ${about}`, 'attribute', { Tag: tags }));
      }
    }
    for (const tx of citedTransactions(db, ...json)) {
      if (tx.chain !== 'BTC' || seen.has(`t:${tx.txid}`)) continue;
      seen.add(`t:${tx.txid}`);
      const txAttrs = [
        ...(tx.time === null ? [] : [attribute('datetime', new Date(tx.time * 1000).toISOString(), tx.txid, `time:${tx.txid}`, { object_relation: 'time' })]),
        ...(tx.value === null ? [] : [attribute('float', formatBaseUnits(BigInt(tx.value), CHAIN_DECIMALS.BTC ?? 8), tx.txid, `value:${tx.txid}`, { object_relation: 'value_BTC' })]),
      ];
      if (txAttrs.length > 0) objects.push(object(BTC_TRANSACTION, tx.txid, `Bitcoin transaction ${tx.txid}. ${about}`, txAttrs));
    }
  }
  const worst = findings[0]?.severity ?? 'info';
  const title = [meta('title'), meta('case_number')].filter(Boolean).join(', ');
  const pkg = options.manifestSha256 ? `evidence package manifest.json SHA-256 ${options.manifestSha256}` : 'no evidence package named';
  return {
    Event: {
      uuid: nameUuid(caseId, 'event', options.manifestSha256 ?? ''),
      info: `Assay case ${title || caseId}: ${findings.length} accepted finding(s); ${pkg}`,
      date: options.now.toISOString().slice(0, 10),
      threat_level_id: THREAT_LEVEL[worst] ?? '4',
      analysis: '2',
      distribution: '0',
      published: false,
      timestamp,
      Attribute: attributes,
      Object: objects,
      Tag: [...eventTags.values()],
    },
  };
}
