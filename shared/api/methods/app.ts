import { z } from 'zod';
import { method } from '../define';

export const appMethods = {
  'app.info': method({
    summary: 'Version and runtime of the backend this UI talks to.',
    params: z.object({}).strict(),
    result: z.object({
      version: z.string(),
      runtime: z.enum(['electron', 'browser-host', 'memory']),
      /** Whether native dialogs exist; the browser host uses its workspace folder instead. */
      nativeDialogs: z.boolean(),
    }),
  }),
};
