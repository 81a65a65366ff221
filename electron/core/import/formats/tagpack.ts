import { AppError } from '../../../../shared/api/errors';
import { isConcept } from '../../../../shared/category/categories';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { FieldError, isObject, type JsonObject } from '../json-exact';
import type { ImportRecord } from '../records';
import { optionalText, rejectAt, rejectError } from './fields';
import { loadPackYaml } from './pack-yaml';
import { chainOf, tagRecord } from './tag-fields';

const MISSING_CONFIDENCE =
  'missing: a TagPack tag states its confidence, in the tag or in the pack header (or state one for the whole pack when importing: --confidence LEVEL, or Confidence in the import dialog)';

/** Header fields that describe the pack itself and are not inherited by its tags. */
const PACK_ONLY = new Set(['title', 'creator', 'description', 'owner', 'is_public', 'tags', 'lastmod']);

/** GraphSense TagPacks: header fields are inherited by every tag unless the tag overrides them; `!include` splices files. */
export const graphsenseTagpack: ImportFormat = {
  id: 'graphsense-tagpack',
  label: 'GraphSense TagPack (YAML)',
  kind: 'attribution',
  version: '1',
  detect(sample: FileSample): number {
    const text = sample.head.toString('utf8');
    return /^tags:\s*$/m.test(text) && /^(title|creator):/m.test(text) ? 0.95 : 0;
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    const { doc: pack, text } = await loadPackYaml(input);
    if (!isObject(pack) || !Array.isArray(pack.tags)) {
      throw new AppError('IMPORT_REJECTED', `${input.name}: not a TagPack (no "tags" list).`, { file: input.name });
    }
    // A shared header may be spliced in as `header: !include header.yaml`; the pack's own fields override it.
    const shared = isObject(pack.header) ? pack.header : {};
    const header = Object.fromEntries(Object.entries({ ...shared, ...pack }).filter(([key]) => !PACK_ONLY.has(key) && key !== 'header'));
    const lines = itemLines(text, 'tags', pack.tags.length);
    for (const [index, raw] of (pack.tags as unknown[]).entries()) {
      const line = lines[index] ?? null;
      if (!isObject(raw)) {
        yield rejectAt({ line }, 'tags', `tag ${index + 1}: expected a mapping`);
        continue;
      }
      try {
        const tag: JsonObject = { ...header, ...raw };
        // Mandatory in the TagPack schema: a tag without it would be stored as if its confidence were known, unless
        // the analyst stated one for the pack at import (and the audit entry says so).
        if (optionalText(tag.confidence, 'confidence') === null) {
          if (!input.options.confidence) throw new FieldError('confidence', MISSING_CONFIDENCE);
          tag.confidence = input.options.confidence;
        }
        const chain = chainOf(tag.currency ?? tag.network, 'currency');
        const subjectType = tag.tx_hash !== undefined ? 'tx' : 'address';
        yield tagRecord({
          chain,
          subjectType,
          subject: subjectType === 'tx' ? tag.tx_hash : tag.address,
          label: tag.label,
          // GraphSense keeps the abuse (what happened) beside the category (what it is); Assay stores one.
          category: tag.category ?? tag.abuse,
          actor: tag.actor,
          source: tag.source,
          confidence: tag.confidence,
        });
      } catch (error) {
        yield rejectError({ line }, error);
      }
    }
  },
};

/** GraphSense ActorPacks: actors with their categories (each a GraphSense concept). */
export const graphsenseActorpack: ImportFormat = {
  id: 'graphsense-actorpack',
  label: 'GraphSense ActorPack (YAML)',
  kind: 'attribution',
  version: '1',
  detect(sample: FileSample): number {
    const text = sample.head.toString('utf8');
    return /^actors:\s*$/m.test(text) && /^(title|creator):/m.test(text) ? 0.95 : 0;
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    const { doc, text } = await loadPackYaml(input);
    if (!isObject(doc) || !Array.isArray(doc.actors)) throw new AppError('IMPORT_REJECTED', `${input.name}: not an ActorPack (no "actors" list).`, { file: input.name });
    const lines = itemLines(text, 'actors', doc.actors.length);
    for (const [index, actor] of (doc.actors as unknown[]).entries()) {
      const line = lines[index] ?? null;
      if (!isObject(actor) || typeof actor.id !== 'string' || actor.id.trim() === '') {
        yield rejectAt({ line }, 'id', 'an actor needs an id');
        continue;
      }
      const categories = Array.isArray(actor.categories) ? actor.categories.map(String) : [];
      const unknown = categories.find((c) => !isConcept(c));
      if (unknown !== undefined) {
        yield rejectAt({ line }, 'categories', `actor ${actor.id}: unknown category "${unknown.slice(0, 60)}"`);
        continue;
      }
      yield {
        kind: 'actor',
        id: actor.id.trim(),
        label: typeof actor.label === 'string' && actor.label.trim() ? actor.label.trim() : actor.id.trim(),
        categories,
        uri: typeof actor.uri === 'string' ? actor.uri : null,
      };
    }
  },
};

/**
 * The line of each item of a top-level block sequence (`key:` then `- ...` items), for locating rejects. Packs are
 * written in this layout; when the text does not match the parsed count, lines are unknown (the field still locates).
 */
function itemLines(text: string, key: string, count: number): (number | null)[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  const found: number[] = [];
  let indent: string | null = null;
  for (let i = start + 1; start >= 0 && i < lines.length; i += 1) {
    const line = lines[i] as string;
    const m = /^(\s*)- /.exec(line) ?? (/^(\s*)-$/.exec(line));
    if (m && (indent === null || m[1] === indent)) {
      indent = m[1] as string;
      found.push(i + 1);
    } else if (/^\S/.test(line) && !line.startsWith('#') && !line.startsWith('-')) break;
  }
  return found.length === count ? found : new Array<null>(count).fill(null);
}
