import { useState } from 'react';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';

interface Props {
  value: string;
  onChange(value: string): void;
}

/** Electron: a folder from the native dialog (which grants it). Browser: a package name under the workspace's exports/. */
export function Destination({ value, onChange }: Props) {
  const { client, info } = useApp();
  const [error, setError] = useState<unknown>(null);
  if (!info.nativeDialogs) {
    return (
      <label className="export-destination">
        <span>Package name (written to the workspace's exports folder)</span>
        <input name="packageName" value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />
      </label>
    );
  }
  const choose = async () => {
    try {
      const chosen = await client.call('report.chooseFolder', {});
      if (chosen) onChange(chosen.location);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="export-destination">
      <span>Folder</span>
      <div className="export-folder">
        <span className="mono" title={value}>
          {value || 'No folder chosen'}
        </span>
        <button type="button" className="button small" onClick={() => void choose()}>
          Choose folder…
        </button>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
