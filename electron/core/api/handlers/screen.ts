import { screenAddresses } from '../../analysis/screen/screen-addresses';
import type { HandlerMap } from '../handler-types';

export const screenHandlers: HandlerMap<'screen.run'> = {
  'screen.run': (params, backend) => screenAddresses(backend.session.caseFile.db, params),
};
