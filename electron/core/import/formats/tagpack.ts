import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { AppError } from '../../../../shared/api/errors';
import { isConcept } from '../../../../shared/category/categories';
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
    const { doc: pack, text } = await loadYaml(input);
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
    const { doc, text } = await loadYaml(input);
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

/** Thrown by the !include resolver; located afterwards by finding the directive in the text. */
class IncludeError extends Error {
  constructor(
    readonly target: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a YAML pack whole (js-yaml: ~15x faster than a full document model on miners.yaml), resolving `!include FILE`
 * against the pack's folder and never outside it. The JSON schema keeps 0x addresses and dates as text.
 */
async function loadYaml(input: ImportInput): Promise<{ doc: unknown; text: string }> {
  if (input.size > MAX_PACK_BYTES) throw new AppError('IMPORT_REJECTED', `${input.name}: larger than ${MAX_PACK_BYTES >> 20} MiB; split the pack.`, { file: input.name });
  const text = await fs.readFile(input.path, 'utf8');
  input.onBytes(input.size);
  const baseDir = path.dirname(input.path);
  const include = new yaml.Type('!include', {
    kind: 'scalar',
    construct(value: string): unknown {
      const target = path.resolve(baseDir, value);
      if (!target.startsWith(baseDir + path.sep)) throw new IncludeError(value, `!include ${describe(value)} points outside the pack's folder`);
      try {
        // Included files are small shared fragments (a common header); the YAML constructor is synchronous.
        return yaml.load(readFileSync(target, 'utf8'), { schema: yaml.JSON_SCHEMA });
      } catch (error) {
        throw new IncludeError(value, `!include ${describe(value)}: ${(error as Error).message.split('\n')[0]}`);
      }
    },
  });
  try {
    return { doc: yaml.load(text, { schema: yaml.JSON_SCHEMA.extend([include]), filename: input.name }), text };
  } catch (error) {
    const line = error instanceof IncludeError ? lineOf(text, text.indexOf(`!include ${error.target}`)) : ((error as { mark?: { line?: number } }).mark?.line ?? -1) + 1;
    const reason = error instanceof IncludeError ? error.message : ((error as { reason?: string }).reason ?? (error as Error).message);
    throw new AppError('IMPORT_REJECTED', `${input.name}: line ${line || '?'}: not valid YAML (${reason.slice(0, 160)}).`, { file: input.name, line: line || null });
  }
}

const lineOf = (text: string, index: number): number => (index < 0 ? 0 : text.slice(0, index).split('\n').length);

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
