import { isoSeconds } from '../../amounts';
import { PAGE_CHAIN_EXPLANATION } from '../page-chain';
import { detectorRuns, lastAnalysisRun } from './detector-runs';
import { renderMiningAttribution } from './mining-attribution';
import { CLUSTERING_LEVELS, CONFIDENCE, LIMITATIONS, SEVERITY_LEVELS, TAINT_MODELS } from './methodology-text';
import type { ReportSection } from './section';

export const methodologySection: ReportSection = {
  id: 'methodology',
  title: 'Methodology',
  items: () => 1,
  render(w, { db }) {
    const sources = db
      .prepare('SELECT original_name, format, importer_version, sha256, imported_at FROM sources ORDER BY id')
      .raw(true)
      .all() as string[][];
    const run = lastAnalysisRun(db);
    const detectors = detectorRuns(db, run);
    w.beginSection(this.id, this.title, { sources, run, detectors });
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
    w.heading('Detectors', 2);
    w.paragraph(
      run
        ? `The analysis last ran on ${run.at}, started by ${run.actor}${run.appVersion ? ` with Assay ${run.appVersion}` : ''}. Every detector ` +
            'it ran is listed, also those that found nothing, with its parameters; "accepted" counts the findings the examiner accepted.'
        : 'The analysis has not been run on this case; detectors whose findings the case holds are listed below.',
    );
    for (const d of detectors) {
      // A detector's heading stays with its purpose and parameters.
      w.ensureSpace(80);
      w.heading(`${d.id} (version ${d.version})`, 3);
      w.paragraph(d.purpose);
      w.fields([
        ['Parameters', d.parameters],
        ['Result', d.found === null ? 'not run' : `${d.found} finding${d.found === 1 ? '' : 's'}; ${d.accepted} accepted`],
      ]);
    }
    w.heading('Clustering heuristics C1-C4', 2);
    w.paragraph(run ? `Switched on in the last run: ${describeHeuristics(run.settings.heuristics)}.` : 'Clustering has not run in this case.');
    w.fields(CLUSTERING_LEVELS);
    w.heading('Severity levels', 2);
    w.fields(SEVERITY_LEVELS);
    renderMiningAttribution(w, db);
    w.heading('Taint models', 2);
    for (const line of TAINT_MODELS) w.paragraph(`• ${line}`);
    w.heading('What the confidence values mean', 2);
    for (const line of CONFIDENCE) w.paragraph(`• ${line}`);
    w.heading('Known limits and sources of error', 2);
    for (const line of LIMITATIONS) w.paragraph(`• ${line}`);
    w.heading('Page integrity', 2);
    w.paragraph(PAGE_CHAIN_EXPLANATION);
  },
};

const HEURISTIC_NAMES: Record<string, string> = {
  sharedInput: 'C1 shared input', coinjoinVeto: 'C2 CoinJoin veto', changeMerge: 'C3 change merges', peelChainMerge: 'C4 peel-chain merges',
};

function describeHeuristics(heuristics: Record<string, boolean>): string {
  const on = Object.entries(heuristics).filter(([, enabled]) => enabled).map(([k]) => HEURISTIC_NAMES[k] ?? k);
  return on.length > 0 ? on.join(', ') : 'none';
}
