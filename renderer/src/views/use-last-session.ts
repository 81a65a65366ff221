import { useEffect, useMemo, type MutableRefObject } from 'react';
import { useApp } from '../app/runtime-context';
import type { Workbench } from '../graph/interactions/workbench';
import { LastSession } from './last-session';

/** A quiet stretch after the last edit before the layout is saved (a crash or a closed tab then loses little). */
const AUTOSAVE_MS = 20_000;

/** Keeps the canvas's last session: saved after edits, when the window is hidden, and through `closing` on Close. */
export function useLastSession(workbench: Workbench, closing?: MutableRefObject<(() => Promise<void>) | null>): LastSession {
  const { client } = useApp();
  const session = useMemo(() => new LastSession(client, workbench), [client, workbench]);
  useEffect(() => {
    // A background save that fails (the host gone: the connection banner says so) must not interrupt the analyst.
    const save = () => void session.save().catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = workbench.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(save, AUTOSAVE_MS);
    });
    if (closing) closing.current = () => session.save();
    return () => {
      clearTimeout(timer);
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      if (closing) closing.current = null;
    };
  }, [session, workbench, closing]);
  return session;
}
