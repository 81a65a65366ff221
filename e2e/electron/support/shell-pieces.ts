// What renderer-over-bridge.spec.ts needs from the engine and the shell. Bundled to CommonJS by the spec (as
// build/bundle.mjs does for the app): core imports JSON reference data, which Node's ESM loader refuses unbundled.
export { dispatch, type DispatchOutcome } from '../../../electron/core/api/dispatcher';
export { createBackend } from '../../../electron/core/api/create-backend';
export { grantedPathsPolicy } from '../../../electron/core/case/locations';
export { nativeDialogs } from '../../../electron/main/dialogs';
export { createAppProtocolHandler } from '../../../electron/main/protocol';
