import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, isMap, isSeq, LineCounter, type Document, type ScalarTag } from 'yaml';
import { AppError } from '../../../../shared/api/errors';
import { CONCEPTS } from '../../reference/graphsense-vocabulary';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { isObject, type JsonObject } from '../json-exact';
import type { ImportRecord } from '../records';
import { describe, rejectAt, rejectError } from './fields';
import { chainOf, tagRecord } from './tag-fields';

/** A pack is one YAML document, read whole; larger files are refused rather than exhausting memory. */
const MAX_PACK_BYTES = 256 * 1024 * 1024;
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
    const { doc, lines } = await loadYaml(input);
    const pack = doc.toJS({ maxAliasCount: 1000 }) as unknown;
    if (!isObject(pack) || !Array.isArray(pack.tags)) {
      throw new AppError('IMPORT_REJECTED', `${input.name}: not a TagPack (no "tags" list).`, { file: input.name });
    }
    // A shared header may be spliced in as `header: !include header.yaml`; the pack's own fields override it.
    const shared = isObject(pack.header) ? pack.header : {};
    const header = Object.fromEntries(Object.entries({ ...shared, ...pack }).filter(([key]) => !PACK_ONLY.has(key) && key !== 'header'));
    const tagNodes = doc.get('tags', true);
    const lineOf = (index: number): number | null => {
      const node = isSeq(tagNodes) ? tagNodes.items[index] : undefined;
      const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? (node.range[0] as number) : null;
      return offset === null ? null : lines.linePos(offset).line;
    };
    for (const [index, raw] of (pack.tags as unknown[]).entries()) {
      const line = lineOf(index);
      if (!isObject(raw)) {
        yield rejectAt({ line }, 'tags', `tag ${index + 1}: expected a mapping`);
        continue;
      }
      try {
        const tag: JsonObject = { ...header, ...raw };
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
    const { doc, lines } = await loadYaml(input);
    const actorNodes = doc.get('actors', true);
    if (!isSeq(actorNodes)) throw new AppError('IMPORT_REJECTED', `${input.name}: not an ActorPack (no "actors" list).`, { file: input.name });
    for (const node of actorNodes.items) {
      const line = isMap(node) && node.range ? lines.linePos(node.range[0]).line : null;
      const actor = isMap(node) ? (node.toJSON() as unknown) : null;
      if (!isObject(actor) || typeof actor.id !== 'string' || actor.id.trim() === '') {
        yield rejectAt({ line }, 'id', 'an actor needs an id');
        continue;
      }
      const categories = Array.isArray(actor.categories) ? actor.categories.map(String) : [];
      const unknown = categories.find((c) => !CONCEPTS.has(c));
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

/** Reads a YAML pack whole, resolving `!include FILE` against the pack's folder (and never outside it). */
async function loadYaml(input: ImportInput): Promise<{ doc: Document; lines: LineCounter }> {
  if (input.size > MAX_PACK_BYTES) throw new AppError('IMPORT_REJECTED', `${input.name}: larger than ${MAX_PACK_BYTES >> 20} MiB; split the pack.`, { file: input.name });
  const text = await fs.readFile(input.path, 'utf8');
  input.onBytes(input.size);
  const baseDir = path.dirname(input.path);
  const include: ScalarTag = {
    tag: '!include',
    resolve(value: string, onError: (message: string) => void): unknown {
      const target = path.resolve(baseDir, value);
      if (!target.startsWith(baseDir + path.sep)) {
        onError(`!include ${describe(value)} points outside the pack's folder`);
        return null;
      }
      try {
        // Included files are small shared fragments (a common header); the YAML resolver is synchronous.
        return parseDocument(readFileSync(target, 'utf8')).toJS() as unknown;
      } catch (error) {
        onError(`!include ${describe(value)}: ${(error as Error).message}`);
        return null;
      }
    },
  };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, customTags: [include], prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    throw new AppError('IMPORT_REJECTED', `${input.name}: line ${line}: not valid YAML (${error.message.split('\n')[0]?.slice(0, 160)}).`, { file: input.name, line });
  }
  return { doc, lines };
}
