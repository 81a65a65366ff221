import type { ReportSectionId } from '../../../../../shared/domain/report';
import type { ReportContext } from '../../report-context';
import type { PdfWriter } from '../pdf-writer';

/** One optional report section: how many items it would show (for the preview) and how it renders. */
export interface ReportSection {
  id: ReportSectionId;
  title: string;
  items(ctx: Pick<ReportContext, 'db' | 'views'>): number;
  render(w: PdfWriter, ctx: ReportContext): void;
}
