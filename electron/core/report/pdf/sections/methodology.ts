import { isoSeconds } from '../../amounts';
import { PAGE_CHAIN_EXPLANATION } from '../page-chain';
import { renderMiningAttribution } from './mining-attribution';
import type { ReportSection } from './section';

const TAINT_MODELS = [
  'Poison: if any input is tainted, every output is fully tainted (upper bound).',
  'Haircut: each output carries the tainted share of the inputs, proportionally to its value.',
  'FIFO / LIFO / TIHO: inputs and outputs are laid on one cumulative value line in order (first in first out, last in ' +
    'first out, tainted in highest out); an output\'s taint is its overlap with tainted input intervals.',
  'Address-level FIFO (Clayton\'s case): each address is a queue of received value.',
  'Tracing is bounded by hops, minimum amount, time window and node degree, and stops at tagged services.',
];

const CONFIDENCE = [
  'Tags carry the confidence given by their source (GraphSense vocabulary, scored 0-100).',
  'Clustering evidence: address reuse 100; one-time change 50; shared-input merges are recorded per transaction.',
  'Findings state their severity (info to critical) and are reviewed by the examiner: accepted findings are reported in ' +
    'the Findings section; dismissed ones, with the examiner\'s reason, and unreviewed ones are listed in the annex.',
];

const LIMITATIONS = [
  'Only the data imported into the case is analysed; transactions outside it are unknown to the analysis.',
  'Clustering heuristics can merge addresses of different owners (e.g. CoinJoin transactions not recognised as such).',
  'Taint models are conventions, not facts; where they disagree, the disagreement is shown.',
  'Attribution tags are as reliable as their sources, which are listed with their SHA-256.',
  'Off-chain links rest on the documents recorded with them; the report cites them by name and SHA-256.',
];

export const methodologySection: ReportSection = {
  id: 'methodology',
  title: 'Methodology',
  items: () => 1,
  render(w, { db }) {
    const sources = db
      .prepare('SELECT original_name, format, importer_version, sha256, imported_at FROM sources ORDER BY id')
      .raw(true)
      .all() as string[][];
    const detectors = db
      .prepare('SELECT detector, params, count(*) AS n FROM findings GROUP BY detector, params ORDER BY detector, params')
      .raw(true)
      .all() as [string, string, number][];
    w.beginSection(this.id, this.title, { sources, detectors });
    w.heading('Data sources', 2);
    w.paragraph('Every file imported into the case, identified by its SHA-256. Re-importing a file never duplicates data.');
    w.table(
      [
        { header: 'File', width: 0, kind: 'mono', line: true },
        { header: 'Format / importer', width: 0.6, kind: 'text' },
        { header: 'SHA-256', width: 0, kind: 'mono', line: true },
        { header: 'Imported', width: 0.4, kind: 'text' },
      ],
      sources.map(([name, format, version, sha, at]) => [name ?? '', `${format} ${version}`, sha ?? '', isoSeconds(at ?? '')]),
    );
    w.heading('Heuristics and detectors', 2);
    if (detectors.length === 0) w.paragraph('No detector has produced findings in this case.');
    else
      w.table(
        [
          { header: 'Detector (version)', width: 0.3, kind: 'text' },
          { header: 'Parameters', width: 0.58, kind: 'mono' },
          { header: 'Findings', width: 0.12, kind: 'text', align: 'right' },
        ],
        detectors.map(([d, p, n]) => [d, p, String(n)]),
      );
    renderMiningAttribution(w, db);
    w.heading('Taint models', 2);
    for (const line of TAINT_MODELS) w.paragraph(`• ${line}`);
    w.heading('What the confidence values mean', 2);
    for (const line of CONFIDENCE) w.paragraph(`• ${line}`);
    w.heading('Known limitations', 2);
    for (const line of LIMITATIONS) w.paragraph(`• ${line}`);
    w.heading('Page integrity', 2);
    w.paragraph(PAGE_CHAIN_EXPLANATION);
  },
};
