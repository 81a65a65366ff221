import fs from 'node:fs/promises';
import { AppError } from '../../../../shared/api/errors';
import type { Chain } from '../../../../shared/domain/chain';
import { isConcept } from '../../../../shared/category/categories';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { jsonErrorLocation } from '../json-exact';
import type { ImportRecord } from '../records';
import { rejectError } from './fields';
import { tagRecord } from './tag-fields';

interface Attr {
  type?: unknown;
  value?: unknown;
  comment?: unknown;
  Tag?: unknown;
}

const MAX_BYTES = 64 * 1024 * 1024;
const ETH_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** Tag names as MISP writes them; a predicate's value from `assay:actor="X"` or `misp-galaxy:threat-actor="X"`. */
function tagValue(tags: unknown, ...predicates: string[]): string | null {
  if (!Array.isArray(tags)) return null;
  for (const tag of tags as { name?: unknown }[]) {
    const name = typeof tag?.name === 'string' ? tag.name : '';
    for (const p of predicates) {
      const m = new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}="([^"]+)"$`).exec(name);
      if (m?.[1]) return m[1];
    }
  }
  return null;
}

/** Which chain a wallet attribute is on: MISP's btc type, or an Ethereum address sent as text. */
function chainOf(attr: Attr): Chain | null {
  if (attr.type === 'btc') return 'BTC';
  if ((attr.type === 'text' || attr.type === 'eth') && typeof attr.value === 'string' && ETH_ADDRESS.test(attr.value)) return 'ETH';
  return null;
}

/**
 * A MISP event (core format JSON) from a partner: its wallet attributes (standalone and inside objects such as
 * btc-wallet) become tags whose source is the event; actor and category come from the attribute's or event's tags.
 */
export const mispEvent: ImportFormat = {
  id: 'misp-event',
  label: 'MISP event (JSON, MISP core format)',
  kind: 'attribution',
  version: '1',
  detect(sample: FileSample): number {
    return /^\uFEFF?\s*\{\s*"Event"\s*:\s*\{/.test(sample.head.toString('utf8')) ? 0.95 : 0;
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    if (input.size > MAX_BYTES) throw new AppError('IMPORT_REJECTED', `${input.name}: a MISP event larger than 64 MiB.`, { file: input.name });
    const text = await fs.readFile(input.path, 'utf8');
    input.onBytes(input.size);
    let doc: { Event?: { uuid?: unknown; info?: unknown; Attribute?: unknown; Object?: unknown; Tag?: unknown } };
    try {
      doc = JSON.parse(text) as typeof doc;
    } catch (error) {
      const at = jsonErrorLocation(text, error);
      throw new AppError('IMPORT_REJECTED', `${input.name}: line ${at.line}: not valid JSON (${(error as Error).message.slice(0, 120)}).`, { file: input.name, ...at });
    }
    const event = doc.Event;
    if (!event || typeof event !== 'object') throw new AppError('IMPORT_REJECTED', `${input.name}: no "Event" object.`, { file: input.name });
    const info = typeof event.info === 'string' ? event.info.trim().slice(0, 300) : '';
    const source = `MISP event ${typeof event.uuid === 'string' ? event.uuid : '(no uuid)'}${info ? `: ${info}` : ''}`;
    const objects = Array.isArray(event.Object) ? (event.Object as { Attribute?: unknown }[]) : [];
    const attributes = [event.Attribute, ...objects.map((o) => o?.Attribute)].flatMap((list) => (Array.isArray(list) ? (list as Attr[]) : []));
    const eventActor = tagValue(event.Tag, 'assay:actor', 'misp-galaxy:threat-actor');
    const seen = new Set<string>();
    for (const attr of attributes) {
      const chain = chainOf(attr);
      if (!chain || typeof attr.value !== 'string' || seen.has(`${chain}:${attr.value}`)) continue;
      seen.add(`${chain}:${attr.value}`);
      const line = text.slice(0, Math.max(0, text.indexOf(JSON.stringify(attr.value)))).split('\n').length;
      try {
        const category = tagValue(attr.Tag, 'assay:category');
        yield tagRecord({
          chain,
          subject: attr.value,
          label: (typeof attr.comment === 'string' && attr.comment.trim()) || info || 'MISP event attribute',
          category: category && isConcept(category) ? category : null,
          actor: tagValue(attr.Tag, 'assay:actor', 'misp-galaxy:threat-actor') ?? eventActor,
          source,
        });
      } catch (error) {
        yield rejectError({ line }, error);
      }
    }
  },
};
