import { Chain, type Chain as ChainId } from '../../../../shared/domain/chain';
import { isConcept } from '../../../../shared/category/categories';
import { CONFIDENCE_SCORES } from '../../../../shared/domain/confidence';
import { FieldError } from '../json-exact';
import type { TagRecord } from '../records';
import { address, describe, optionalText } from './fields';

/** Currency tickers of tag lists (GraphSense `currency`, OFAC file names) mapped to the chains Assay models. */
const TICKERS: Record<string, ChainId> = { BTC: 'BTC', XBT: 'BTC', LTC: 'LTC', BCH: 'BCH', ETH: 'ETH', ETC: 'ETC' };

export function chainOf(ticker: unknown, field: string): ChainId {
  const t = typeof ticker === 'string' ? ticker.trim().toUpperCase() : '';
  const chain = TICKERS[t] ?? (Chain.safeParse(t).success ? (t as ChainId) : undefined);
  if (!chain) throw new FieldError(field, `currency ${describe(ticker)} is not supported (BTC, LTC, BCH, ETH, ETC)`);
  return chain;
}

export interface TagFields {
  chain: ChainId;
  subject: unknown;
  subjectType?: 'address' | 'tx';
  label: unknown;
  category?: unknown;
  actor?: unknown;
  source?: unknown;
  confidence?: unknown;
}

/** A validated tag: checksummed address, category from the GraphSense concepts, confidence from its scale. */
export function tagRecord(fields: TagFields): TagRecord {
  const subjectType = fields.subjectType ?? 'address';
  const subject = subjectType === 'address' ? address(fields.chain, fields.subject, 'address') : txSubject(fields.subject);
  const label = optionalText(fields.label, 'label');
  if (!label) throw new FieldError('label', 'missing');
  const category = optionalText(fields.category, 'category');
  if (category !== null && !isConcept(category)) throw new FieldError('category', `unknown category "${category.slice(0, 60)}" (not a GraphSense concept)`);
  const confidence = optionalText(fields.confidence, 'confidence');
  const score = confidence === null ? null : CONFIDENCE_SCORES.get(confidence);
  if (score === undefined) throw new FieldError('confidence', `unknown confidence "${String(confidence).slice(0, 60)}"`);
  return {
    kind: 'tag',
    subjectType,
    chain: fields.chain,
    subject,
    label,
    category,
    actor: optionalText(fields.actor, 'actor'),
    source: optionalText(fields.source, 'source'),
    confidence,
    confidenceScore: score,
  };
}

function txSubject(value: unknown): string {
  const v = optionalText(value, 'tx_hash')?.toLowerCase() ?? '';
  if (!/^(0x)?[0-9a-f]{64}$/.test(v)) throw new FieldError('tx_hash', `expected a transaction hash, got ${describe(value)}`);
  return v;
}
