import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import type { Chain } from '../../../../shared/domain/chain';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { csvHeader } from '../read/csv-rows';
import { readTableRows, rowRecords } from '../read/rows';
import { readLines } from '../read/lines';
import { FieldError, jsonErrorLocation } from '../json-exact';
import type { ImportRecord } from '../records';
import { rejectError } from './fields';
import { chainOf, tagRecord } from './tag-fields';

/** How to choose a chain, in the words of both places an import starts from. */
const CHOOSE_CHAIN = 'choose one (Chain in the import dialog, --chain on the command line)';

/** A sanctions list's file name names its currency: sanctioned_addresses_XBT.txt is Bitcoin (null: it does not). */
function chainInName(name: string): Chain | null {
  const ticker = /_([A-Z]{3,5})\.(txt|json)$/i.exec(path.basename(name))?.[1];
  try {
    return chainOf(ticker, 'file name');
  } catch {
    return null;
  }
}

function sanctionsChain(input: ImportInput): Chain {
  const chain = input.options.chain ?? chainInName(input.name);
  if (!chain) throw new AppError('IMPORT_REJECTED', `${input.name}: the file name does not say which chain (e.g. _XBT, _ETH); ${CHOOSE_CHAIN}.`, { file: input.name });
  return chain;
}

const sanctionTag = (chain: Chain, subject: unknown) =>
  tagRecord({ chain, subject, label: 'OFAC SDN sanctioned address', category: 'sanction', source: 'OFAC SDN list', confidence: 'authority_data' });

/** OFAC-style sanctions lists: one address per line (.txt) or a JSON array of addresses (.json). */
export const sanctionsList: ImportFormat = {
  id: 'sanctions-list',
  label: 'Sanctions list (one address per line, or a JSON array)',
  kind: 'attribution',
  version: '1',
  detect(sample: FileSample): number {
    if (!/sanction/i.test(sample.name)) return 0;
    const text = sample.head.toString('utf8').trim();
    return /^\[\s*"/.test(text) || /^[0-9A-Za-z:]{25,100}(\r?\n|$)/.test(text) ? 0.9 : 0;
  },
  namesChain: (sample) => chainInName(sample.name) !== null,
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    const chain = sanctionsChain(input);
    if (input.name.toLowerCase().endsWith('.json')) {
      yield* sanctionsJson(input, chain);
      return;
    }
    for await (const { text, line } of readLines(input)) {
      try {
        yield sanctionTag(chain, text.trim());
      } catch (error) {
        yield rejectError({ line }, error);
      }
    }
  },
};

/** A JSON array of addresses; each item is located by its line, found by scanning the (validated) text. */
async function* sanctionsJson(input: ImportInput, chain: Chain): AsyncIterable<ImportRecord> {
  if (input.size > 64 * 1024 * 1024) throw new AppError('IMPORT_REJECTED', `${input.name}: a JSON list larger than 64 MiB; use one address per line.`, { file: input.name });
  const text = await fs.readFile(input.path, 'utf8');
  input.onBytes(input.size);
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorLocation(text, error);
    throw new AppError('IMPORT_REJECTED', `${input.name}: line ${at.line}: not valid JSON (${(error as Error).message.slice(0, 120)}).`, { file: input.name, ...at });
  }
  if (!Array.isArray(list)) throw new AppError('IMPORT_REJECTED', `${input.name}: expected a JSON array of addresses.`, { file: input.name });
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line += 1;
    from = m.index;
    lines.push(line);
  }
  for (const [index, subject] of list.entries()) {
    try {
      yield sanctionTag(chain, subject);
    } catch (error) {
      yield rejectError({ line: typeof subject === 'string' ? (lines[index] ?? null) : null, byteOffset: null }, error);
    }
  }
}

/** Column names a label CSV may use for each field. */
const LABEL_COLUMNS = { address: ['address'], label: ['label', 'name'], chain: ['chain', 'currency', 'network'] };

/** Address labels as CSV: address, label and optionally chain/currency, category, actor, source, confidence. */
export const csvLabels: ImportFormat = {
  id: 'csv-labels',
  label: 'Address labels (CSV: address, label, category, ...)',
  kind: 'attribution',
  version: '1',
  detect(sample: FileSample): number {
    const header = csvHeader(sample.head);
    return header.includes('address') && LABEL_COLUMNS.label.some((c) => header.includes(c)) ? 0.8 : 0;
  },
  namesChain: (sample) => LABEL_COLUMNS.chain.some((c) => csvHeader(sample.head).includes(c)),
  read(input: ImportInput): AsyncIterable<ImportRecord> {
    return rowRecords(readTableRows(input, 'csv'), (v) => {
      const ticker = LABEL_COLUMNS.chain.map((c) => v[c]).find((x) => typeof x === 'string' && x.trim() !== '');
      const chain = ticker !== undefined ? chainOf(ticker, 'chain') : input.options.chain;
      if (!chain) throw new FieldError('chain', `no chain: add a chain/currency column or ${CHOOSE_CHAIN}`);
      return tagRecord({ chain, subject: v.address, label: v.label ?? v.name, category: v.category, actor: v.actor, source: v.source ?? input.name, confidence: v.confidence });
    });
  },
};

/** Addresses pasted by the analyst: one per line, or separated by commas, semicolons or spaces. */
export function* pastedAddressTags(chain: Chain, text: string, label: string, category: string | null): Generator<ImportRecord> {
  for (const [index, lineText] of text.split(/\r?\n/).entries()) {
    for (const token of lineText.split(/[\s,;]+/).filter(Boolean)) {
      try {
        yield tagRecord({ chain, subject: token, label, category, source: 'pasted by the analyst' });
      } catch (error) {
        yield rejectError({ line: index + 1 }, error);
      }
    }
  }
}
