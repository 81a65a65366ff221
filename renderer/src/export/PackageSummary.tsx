import type { ReportPreview } from '../../../shared/domain/report';
import { packageContents, type ExportChoice } from './export-plan';

/** What will be written, before anything is: files, CSV tables and PDF sections. */
export function PackageSummary({ preview, choice }: { preview: ReportPreview; choice: ExportChoice }) {
  const contents = packageContents(preview, choice);
  return (
    <section className="export-summary" data-testid="export-summary" aria-label="Package contents">
      <h3>Will be written</h3>
      <p data-testid="export-sealed" data-sealed={contents.sealed}>
        {contents.sealed} sealed files: the PDF with {contents.sections.length} section{contents.sections.length === 1 ? '' : 's'}, {contents.csvTables} CSV tables and
        the manifest, with their checksums in SHA256SUMS{choice.zip ? ', all packed into one zip' : ''}.
      </p>
      <p data-testid="export-rows">
        {choice.allRows ? 'The CSVs hold every row of the case.' : 'The ledger CSVs hold only the rows touching the accepted findings.'}
      </p>
      <ul className="export-files mono">
        {contents.files.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </section>
  );
}
