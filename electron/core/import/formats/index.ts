import { AppError } from '../../../../shared/api/errors';
import type { FileSample, ImportFormat } from '../format';
import { looksBinary } from '../read/binary';
import { csvLabels, sanctionsList } from './attribution-lists';
import { bitcoinCoreJson } from './bitcoin-core-json';
import { bitcoinEtlCsv, bitcoinEtlJsonl } from './bitcoin-etl';
import { bitcoinBlkDat, bitcoinRawBlock, bitcoinRawTx } from './bitcoin-raw';
import { etherscanCsv } from './etherscan-csv';
import { ethereumEtlFormats } from './ethereum-etl';
import { genericCsv } from './generic-csv';
import { miningPools } from './mining-pools';
import { priceCsv } from './price-csv';
import { mispEvent } from './misp-event';
import { graphsenseActorpack, graphsenseTagpack } from './tagpack';

/** Every format the importer knows; detection asks each and takes the most confident. */
export const importFormats: readonly ImportFormat[] = [
  bitcoinCoreJson,
  bitcoinEtlJsonl,
  bitcoinEtlCsv,
  bitcoinRawBlock,
  bitcoinBlkDat,
  bitcoinRawTx,
  ...ethereumEtlFormats,
  etherscanCsv,
  genericCsv,
  graphsenseTagpack,
  graphsenseActorpack,
  miningPools,
  sanctionsList,
  csvLabels,
  priceCsv,
  mispEvent,
];

export function findFormat(id: string): ImportFormat {
  const format = importFormats.find((f) => f.id === id);
  if (!format) {
    throw new AppError('VALIDATION', `Unknown format "${id.slice(0, 50)}". Known: ${importFormats.map((f) => f.id).join(', ')}`, {
      field: 'format',
    });
  }
  return format;
}

/** The most confident format for a sample, or null when none recognises it. */
export function bestFormat(sample: FileSample): ImportFormat | null {
  let best: { format: ImportFormat; score: number } | null = null;
  for (const format of importFormats) {
    const score = format.detect(sample);
    if (score > 0 && (!best || score > best.score)) best = { format, score };
  }
  return best?.format ?? null;
}

export function detectFormat(sample: FileSample): ImportFormat {
  const format = bestFormat(sample);
  if (!format) {
    const binary = looksBinary(sample.head);
    throw new AppError('IMPORT_REJECTED', `${sample.name}: format not recognised${binary ? ' (binary data)' : ''}; choose one with --format.`, {
      file: sample.name,
    });
  }
  return format;
}
