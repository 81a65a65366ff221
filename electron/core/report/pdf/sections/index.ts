import type { ReportSectionId } from '../../../../../shared/domain/report';
import { annexSection } from './annex';
import { auditSection } from './audit';
import { clustersSection } from './clusters';
import { depositsSection } from './deposits';
import { documentsSection } from './documents';
import { findingsSection } from './findings';
import { methodologySection } from './methodology';
import type { ReportSection } from './section';
import { summarySection } from './summary';
import { annotationsSection, sourcesSection, tagsSection, transactionsSection } from './table-sections';
import { tracesSection } from './traces';
import { viewsSection } from './views';

/** Every optional section, keyed by id; the report renders them in REPORT_SECTIONS order. */
export const reportSections: Record<ReportSectionId, ReportSection> = {
  summary: summarySection,
  methodology: methodologySection,
  findings: findingsSection,
  traces: tracesSection,
  deposits: depositsSection,
  documents: documentsSection,
  clusters: clustersSection,
  views: viewsSection,
  transactions: transactionsSection,
  annotations: annotationsSection,
  tags: tagsSection,
  sources: sourcesSection,
  audit: auditSection,
  annex: annexSection,
};
