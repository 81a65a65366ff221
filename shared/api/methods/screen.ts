import { method } from '../define';
import { ScreenParams, ScreenResult } from '../../domain/screen';

export const screenMethods = {
  'screen.run': method({
    summary: 'Screen addresses in bulk: haircut exposure to abuse-tagged funds, hops to and name of the nearest tagged source, and the path.',
    params: ScreenParams.strict(),
    result: ScreenResult,
  }),
};
