import { APP_VERSION } from '../../app-version';
import type { HandlerMap } from '../handler-types';

export const appHandlers: HandlerMap<'app.info'> = {
  'app.info': (_params, backend) => ({
    version: APP_VERSION,
    runtime: backend.runtime,
    nativeDialogs: backend.platform.chooseNewCasePath !== undefined,
  }),
};
