// The force layout's Web Worker (bundled to dist/renderer/layout.worker.js): keeps ForceAtlas2 off the UI thread.
import { handleForceRequest, type ForceRequest, type Post } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ForceRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const post: Post = (reply, transfer) => scope.postMessage(reply, transfer);
scope.onmessage = (event) => handleForceRequest(event.data, post);
