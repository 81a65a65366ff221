import { createKey, keyInfo, loadKey } from '../../keys/key-store';
import type { HandlerMap } from '../handler-types';

export const keysHandlers: HandlerMap<'keys.show' | 'keys.init'> = {
  'keys.show': (_params, backend) => {
    const key = loadKey(backend.keysDir);
    return key ? keyInfo(key) : null;
  },
  'keys.init': ({ examiner, replace }, backend) => keyInfo(createKey(backend.keysDir, examiner, replace)),
};
