import type { MethodName } from '../../../../shared/api/methods';
import type { HandlerMap } from '../handler-types';
import { analysisHandlers, demoHandlers } from './analysis';
import { appHandlers } from './app';
import { caseHandlers } from './case';
import { documentsHandlers } from './documents';
import { extractHandlers } from './extract';
import { graphHandlers } from './graph';
import { importHandlers } from './import';
import { keysHandlers } from './keys';
import { ledgerHandlers } from './ledger';
import { reportHandlers } from './report';
import { screenHandlers } from './screen';
import { workspaceHandlers } from './workspace';

/** Per-feature handler maps merged into one; the type makes a missing method a compile error. */
export const handlers: HandlerMap<MethodName> = {
  ...appHandlers,
  ...demoHandlers,
  ...analysisHandlers,
  ...caseHandlers,
  ...documentsHandlers,
  ...extractHandlers,
  ...importHandlers,
  ...keysHandlers,
  ...ledgerHandlers,
  ...graphHandlers,
  ...reportHandlers,
  ...screenHandlers,
  ...workspaceHandlers,
};
