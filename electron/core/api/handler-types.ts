import type { MethodName, Params, Result } from '../../../shared/api/methods';
import type { Backend } from './backend';

export type Handler<M extends MethodName> = (params: Params<M>, backend: Backend) => Promise<Result<M>> | Result<M>;

/** A feature's slice of the handler map; the merged map must cover every method (checked by the compiler). */
export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> };
