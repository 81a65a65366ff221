export interface ElectronBinary {
  /** Where the executable is or would be; null when nothing points at one. */
  path: string | null;
  exists: boolean;
  /** One line for people: where it was found or why not. */
  reason: string;
}

export function findElectronBinary(projectDir: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): ElectronBinary;
