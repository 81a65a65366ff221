import type Database from 'better-sqlite3';
import { narratePath } from '../../../../../shared/figure/narrate';
import { roleIndex, roleTitle } from '../../../../../shared/figure/roles';
import type { FigureInputNode, LaidFigure } from '../../../../../shared/figure/types';
import { findingPathInput } from '../../../graph/path-figure/finding-path';
import { coin, utc } from '../../amounts';
import { printFigure } from '../../figure/print-figure';
import { TEXT_WIDTH } from '../pdf-writer';

// The tallest figure still fits on a page below its heading and facts (A4 less margins is 722 pt).
const FIGURE_MAX_HEIGHT = 470;

export interface FindingExhibit {
  figure: LaidFigure;
  svg: string;
  /** One or two sentences telling the path, services and pool named. */
  caption: string;
  /** The subjects as people read them: role, address or transaction, label and source, amount, time. */
  subjects: string[][];
}

const AMOUNT_NAMES: Record<string, string> = {
  taintHaircut: 'Tainted (haircut model)', taintPoison: 'Tainted (poison model)', poolLineage: 'From pool coinbases',
  sentToSanctioned: 'Sent to sanctioned addresses', expected: 'Payouts expected',
};
/** An evidence amount's key as words ("poolLineage" -> "From pool coinbases", "deposits" -> "Deposits"). */
export const amountName = (key: string): string => {
  const words = AMOUNT_NAMES[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

function subjectRow(n: FigureInputNode): string[] {
  const what = n.kind === 'tx' ? `transaction ${n.key}` : n.key;
  const label = n.label ? `${n.label}${n.labelSource ? ` (${n.labelSource})` : ''}` : '—';
  return [roleTitle(n.role), what, label, n.amount === null ? '—' : coin(n.amount, n.chain), utc(n.time)];
}

/** A finding's exhibit: the path figure drawn from the shared figure model, its narrating caption and subject rows. */
export function findingExhibit(db: Database.Database, findingId: number): FindingExhibit {
  const input = findingPathInput(db, findingId);
  const { figure, svg } = printFigure(input, TEXT_WIDTH, FIGURE_MAX_HEIGHT);
  const left = input.truncated > 0 ? ` ${input.truncated} further transaction(s) are listed below, not drawn.` : '';
  const hidden = figure.hidden.filter((h) => !h.startsWith('edge:')).length;
  const unlabelled = hidden > 0 ? ` ${hidden} caption(s) gave way to more important ones; the table names every subject.` : '';
  const subjects = input.nodes
    .filter((n) => n.subject)
    .sort((a, b) => roleIndex(a.role) - roleIndex(b.role) || (a.time ?? 0) - (b.time ?? 0) || a.key.localeCompare(b.key))
    .map(subjectRow);
  const clusters = input.finding.subjects.filter((s) => s.type === 'cluster').map((s) => [roleTitle('commingled'), `cluster ${s.id}`, '—', '—', '—']);
  return { figure, svg, caption: `${narratePath(input)}${left}${unlabelled}`, subjects: [...clusters, ...subjects] };
}
