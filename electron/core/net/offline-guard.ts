import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

/** Every Node API through which the engine could reach another machine: name, owner object and property. */
const TARGETS: readonly (readonly [string, object, string])[] = [
  ['net.connect', net, 'connect'],
  ['net.createConnection', net, 'createConnection'],
  ['net.Socket#connect', net.Socket.prototype, 'connect'],
  ['tls.connect', tls, 'connect'],
  ['http.request', http, 'request'],
  ['http.get', http, 'get'],
  ['https.request', https, 'request'],
  ['https.get', https, 'get'],
  ['http2.connect', http2, 'connect'],
  ['dgram.createSocket', dgram, 'createSocket'],
  ['dns.lookup', dns, 'lookup'],
  ['dns.resolve', dns, 'resolve'],
  ['dns.resolve4', dns, 'resolve4'],
  ['dns.resolve6', dns, 'resolve6'],
  ['dns.promises.lookup', dns.promises, 'lookup'],
  ['dns.promises.resolve', dns.promises, 'resolve'],
  ['fetch', globalThis, 'fetch'],
  ['WebSocket', globalThis, 'WebSocket'],
];

export interface OfflineGuard {
  /** What was attempted while the guard was on (API and first argument), even if the caller swallowed the error. */
  readonly attempts: readonly string[];
  restore(): void;
}

/**
 * Replaces every network API with one that records the call and throws, for proving the engine works offline.
 * ESM named imports of builtins are re-synced, so `import { connect } from 'node:net'` is caught as well.
 */
export function installOfflineGuard(): OfflineGuard {
  const attempts: string[] = [];
  const saved: (() => void)[] = [];
  for (const [name, owner, key] of TARGETS) {
    const record = owner as Record<string, unknown>;
    if (!(key in record)) continue;
    const original = record[key];
    record[key] = function blocked(target?: unknown): never {
      attempts.push(`${name} ${describeTarget(target)}`);
      throw new Error(`offline guard: ${name} is not allowed; Assay's engine makes no network calls`);
    };
    saved.push(() => void (record[key] = original));
  }
  syncBuiltinESMExports();
  return {
    attempts,
    restore() {
      for (const undo of saved.reverse()) undo();
      saved.length = 0;
      syncBuiltinESMExports();
    },
  };
}

function describeTarget(target: unknown): string {
  if (typeof target === 'string' || typeof target === 'number') return String(target).slice(0, 200);
  if (target instanceof URL) return target.href;
  if (target && typeof target === 'object') {
    const t = target as { host?: unknown; hostname?: unknown; port?: unknown; path?: unknown };
    return JSON.stringify({ host: t.host ?? t.hostname, port: t.port, path: t.path });
  }
  return '';
}
