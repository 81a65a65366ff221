import type Database from 'better-sqlite3';
import { REPORT_SECTIONS, type ReportPreview, type ReportSectionId } from '../../../shared/domain/report';
import { hasTable } from '../db/has-table';
import { csvTablesFor } from './csv/tables';
import { reportSections } from './pdf/sections';
import { chosenViews } from './pdf/sections/views';

/** What an export would hold, for the Export dialog: section item counts, the saved views, the CSV tables, the documents. */
export function previewPackage(db: Database.Database, choice: { sections?: ReportSectionId[] | undefined; views?: string[] | undefined }): ReportPreview {
  const ctx = { db, views: choice.views ?? null };
  const wanted = new Set(choice.sections ?? REPORT_SECTIONS);
  const sections = REPORT_SECTIONS.filter((id) => wanted.has(id)).map((id) => {
    const section = reportSections[id];
    return { id, title: section.title, items: section.items(ctx) };
  });
  const views = chosenViews(ctx).map((v) => ({ name: v.name, nodes: v.data ? Object.keys(v.data.positions).length - v.data.hidden.length : 0 }));
  const documents = hasTable(db, 'documents') ? (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) : 0;
  return { sections, views, csvTables: csvTablesFor(db).map((t) => `${t.name}.csv`), documents };
}
