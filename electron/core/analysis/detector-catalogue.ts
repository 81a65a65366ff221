import type { AnalysisSettings } from '../../../shared/domain/analysis';
import { GUARD_DETECTOR } from './detectors/cluster-guard';
import { COSPEND_DETECTOR, DEPOSIT_PAYOUT_DETECTOR, LANDING_DETECTOR } from './detectors/commingling';
import { EXPOSURE_DETECTOR } from './detectors/exposure';
import { RENTAL_DETECTOR } from './detectors/rental-deposits';

/** What a detector looks for, its version (raised when its rule changes) and the settings it reads: the report's methodology. */
export interface DetectorEntry {
  id: string;
  version: number;
  purpose: string;
  settings: (keyof AnalysisSettings)[];
}

export const DETECTOR_CATALOGUE: DetectorEntry[] = [
  { id: GUARD_DETECTOR, version: 1, settings: ['guardGrowth', 'heuristics'],
    purpose: 'Flags a clustering merge that joins addresses carrying conflicting tags (an exchange and a mining pool, say) or grows a cluster abruptly.' },
  { id: RENTAL_DETECTOR, version: 1, settings: ['rentalHops', 'taintHops'],
    purpose: 'Tainted funds that reach an address tagged as a hash-rental service (NiceHash, Hashing24, MiningRigRentals) within a number of hops.' },
  { id: COSPEND_DETECTOR, version: 1, settings: ['lineageTheta', 'lineageHops', 'taintHops'],
    purpose: 'An output descending from mining-pool coinbases spent in the same transaction as a tainted output (M3a).' },
  { id: LANDING_DETECTOR, version: 1, settings: ['commingleWindowDays', 'lineageTheta'],
    purpose: 'Pool-lineage funds and tainted funds landing in the same address or cluster within a time window (M3b).' },
  { id: DEPOSIT_PAYOUT_DETECTOR, version: 1, settings: ['depositWindowDays', 'depositPayoutRatio', 'depositTolerance', 'lineageTheta'],
    purpose: 'A deposit to a hash-rental service followed within a window by pool payouts to linked wallets whose total matches the deposit (M3c).' },
  { id: EXPOSURE_DETECTOR, version: 1, settings: ['exposureHops', 'minExposure'],
    purpose: 'Direct and indirect exposure of addresses and clusters to tagged illicit entities and sanctioned addresses.' },
];
