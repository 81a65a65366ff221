import type { z } from 'zod';
import { analysisMethods, demoMethods } from './methods/analysis';
import { appMethods } from './methods/app';
import { caseMethods } from './methods/case';
import { documentsMethods } from './methods/documents';
import { extractMethods } from './methods/extract';
import { graphMethods } from './methods/graph';
import { importMethods } from './methods/import';
import { keysMethods } from './methods/keys';
import { ledgerMethods } from './methods/ledger';
import { reportMethods } from './methods/report';
import { screenMethods } from './methods/screen';
import { workspaceMethods } from './methods/workspace';

/** Every API method, merged from per-feature maps. Each transport dispatches through this one map. */
export const methods = {
  ...appMethods,
  ...demoMethods,
  ...analysisMethods,
  ...caseMethods,
  ...documentsMethods,
  ...extractMethods,
  ...importMethods,
  ...keysMethods,
  ...ledgerMethods,
  ...graphMethods,
  ...reportMethods,
  ...screenMethods,
  ...workspaceMethods,
};

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ParamsIn<M extends MethodName> = z.input<Methods[M]['params']>;
export type Params<M extends MethodName> = z.output<Methods[M]['params']>;
export type Result<M extends MethodName> = z.output<Methods[M]['result']>;

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
