/** One schema version. `up` runs inside the runner's transaction together with the user_version bump. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
