interface Level {
  value: number;
  name: string;
}
export interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: Level;
  confidence: Level;
  sample?: string;
}
export interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  issues: Issue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}
export interface AllowedLow {
  id: string;
  file: string;
  sample: RegExp;
}
export const ALLOWED_LOWS: AllowedLow[];
export function stageSources(dir: string, projectDir?: string): void;
export function scan(dir: string): Promise<ScanResult>;
export function judge(result: Pick<ScanResult, 'issues' | 'errors'>, allowed?: AllowedLow[]): { failures: string[]; accepted: string[]; informational: string[] };
