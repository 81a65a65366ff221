import { EventEmitter } from 'node:events';

// Loaded (--import) into the Node child behind the fake utilityProcess (fake-electron.ts): what Electron gives a
// utility process, process.parentPort, whose messages arrive as events carrying `data`, over Node's IPC channel.
// Like Electron's, it holds messages until the first listener: the entry (TypeScript through tsx) loads after this.
const port = Object.assign(new EventEmitter(), { postMessage: (message: unknown) => process.send?.(message) });
const held: unknown[] = [];
process.on('message', (data) => (port.listenerCount('message') > 0 && held.length === 0 ? port.emit('message', { data }) : held.push(data)));
port.once('newListener', () => setImmediate(() => held.splice(0).forEach((data) => port.emit('message', { data }))));
Object.defineProperty(process, 'parentPort', { value: port });
