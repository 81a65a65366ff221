import { z } from 'zod';
import { ImportProgress } from '../domain/source';
import { ReportProgress } from '../domain/report';

/** Application-menu items the Electron shell forwards to the renderer, which runs the matching UI action. */
export const MenuCommand = z.enum(['case.new', 'case.open', 'import.files', 'case.close', 'help.about']);

/** Events the backend pushes to the UI. */
export const events = {
  'import.progress': ImportProgress,
  'report.progress': ReportProgress,
  'case.changed': z.object({ reason: z.enum(['opened', 'closed', 'imported', 'updated']) }),
  'menu.command': z.object({ command: MenuCommand }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
