import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import { insideDir } from './paths';

/** Zips the package's files (paths as listed, fixed times) into one file inside the same folder. */
export async function zipPackage(root: string, paths: string[], zipName: string, mtime: Date): Promise<string> {
  const target = insideDir(root, zipName);
  const zip = new yazl.ZipFile();
  for (const rel of paths) zip.addFile(insideDir(root, rel), rel, { mtime, mode: 0o100644, compress: true });
  const out = fs.createWriteStream(target, { flags: 'wx', mode: 0o600 });
  zip.outputStream.pipe(out);
  zip.end();
  await finished(out);
  return target;
}
