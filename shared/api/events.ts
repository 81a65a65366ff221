import { z } from 'zod';
import { ImportProgress } from '../domain/source';

/** Events the backend pushes to the UI. */
export const events = {
  'import.progress': ImportProgress,
  'case.changed': z.object({ reason: z.enum(['opened', 'closed', 'imported', 'updated']) }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
