import { createHash } from 'node:crypto';

/** The MISP core format's event (draft-dulaunoy-misp-core-format), as far as Assay writes and reads it. */
export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  distribution: string;
  timestamp: string;
  comment: string;
  object_relation?: string;
  Tag?: { name: string }[];
}

export interface MispObject {
  uuid: string;
  name: string;
  'meta-category': string;
  template_uuid: string;
  template_version: string;
  description: string;
  distribution: string;
  timestamp: string;
  comment: string;
  Attribute: MispAttribute[];
}

export interface MispEvent {
  Event: {
    uuid: string;
    info: string;
    date: string;
    threat_level_id: string;
    analysis: string;
    distribution: string;
    published: boolean;
    timestamp: string;
    Attribute: MispAttribute[];
    Object: MispObject[];
    Tag: { name: string }[];
  };
}

/** Templates from MISP/misp-objects (objects/btc-wallet, objects/btc-transaction). */
export const BTC_WALLET = { name: 'btc-wallet', uuid: '22910C83-DD0E-4ED2-9823-45F8CAD562A4', version: '2', description: 'An object to describe a Bitcoin wallet.' };
export const BTC_TRANSACTION = { name: 'btc-transaction', uuid: 'B7341729-5A8A-439F-A775-6D814DA3C7B5', version: '2', description: 'An object to describe a Bitcoin transaction.' };

/** A stable UUID (RFC 4122 layout, version 5 bits) from a name: the same case exported twice gives the same event. */
export function nameUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** MISP tag names in Assay's namespace: assay:actor="APT43". Quotes inside values are dropped. */
export const assayTag = (predicate: string, value: string): { name: string } => ({ name: `assay:${predicate}="${value.replace(/"/g, '')}"` });
