import { AppError } from '../../../../shared/api/errors';
import type { FileSample, ImportFormat } from '../format';
import { bitcoinCoreJson } from './bitcoin-core-json';

/** Every format the importer knows; detection asks each and takes the most confident. */
export const importFormats: readonly ImportFormat[] = [bitcoinCoreJson];

export function findFormat(id: string): ImportFormat {
  const format = importFormats.find((f) => f.id === id);
  if (!format) {
    throw new AppError('VALIDATION', `Unknown format "${id.slice(0, 50)}". Known: ${importFormats.map((f) => f.id).join(', ')}`, {
      field: 'format',
    });
  }
  return format;
}

export function detectFormat(sample: FileSample): ImportFormat {
  let best: { format: ImportFormat; score: number } | null = null;
  for (const format of importFormats) {
    const score = format.detect(sample);
    if (score > 0 && (!best || score > best.score)) best = { format, score };
  }
  if (!best) {
    throw new AppError('IMPORT_REJECTED', `${sample.name}: format not recognised; choose one with --format.`, {
      file: sample.name,
    });
  }
  return best.format;
}
