import { useEffect, useState } from 'react';
import { useApp } from './runtime-context';

/**
 * A number that grows whenever the open case's content changes (an import, an analysis run, a finding accepted, an
 * annotation): views that list case data key their loads on it, so none shows a row as it was before.
 */
export function useCaseRevision(): number {
  const { client } = useApp();
  const [revision, setRevision] = useState(0);
  useEffect(
    () => client.on('case.changed', ({ reason }) => void ((reason === 'updated' || reason === 'imported') && setRevision((r) => r + 1))),
    [client],
  );
  return revision;
}
