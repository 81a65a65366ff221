import type { Core } from 'cytoscape';

/** Offers a file to the user through a download link (works in Electron's renderer and in any browser). */
export function download(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** PNG of the whole graph; `full` alone returns an empty image on a wide graph (TOOLCHAIN.md), so cap the size. */
export function graphPng(cy: Core, background: string): Blob {
  return cy.png({ output: 'blob', full: true, bg: background, maxWidth: 4096, maxHeight: 4096, scale: 2 }) as unknown as Blob;
}

/** "assay-view-<name>-<time>": only safe file-name characters from the analyst's view name. */
export const exportName = (name: string, ext: 'png' | 'svg', now = new Date()): string =>
  `assay-${name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'graph'}-${now.toISOString().slice(0, 19).replace(/[:T]/g, '')}.${ext}`;
