import type { ApiClient } from '../../../shared/api/client';
import { LAST_SESSION_VIEW } from '../../../shared/domain/view';
import type { Workbench } from '../graph/interactions/workbench';

/**
 * The canvas as the analyst left it, kept per case as an ordinary saved view (LAST_SESSION_VIEW): restored when the
 * case opens, saved when it closes, when the window is hidden and a while after the last edit, and only when the
 * canvas was edited since the opening picture or the last save (each save is an audited views.save).
 */
export class LastSession {
  /** Nothing to save until the opening picture is settled. */
  private savedAt = Number.POSITIVE_INFINITY;

  constructor(private readonly client: ApiClient, private readonly workbench: Workbench) {}

  /**
   * The opening picture: the last session's view when the case has one (true), else `otherwise` (which says whether it
   * drew anything). Its own edit is not the analyst's; edits made while it loads are, and get saved.
   */
  async open(otherwise: () => Promise<boolean>): Promise<boolean> {
    const start = this.workbench.revision;
    let openingEdits = 0;
    try {
      const saved = (await this.client.call('views.list', {})).find((v) => v.name === LAST_SESSION_VIEW);
      if (saved) {
        const got = await this.client.call('views.get', { id: saved.id });
        await this.workbench.openView(got.data, got.slice);
        openingEdits = 1;
        return true;
      }
      if (await otherwise()) openingEdits = 1;
      return false;
    } finally {
      this.savedAt = start + openingEdits;
    }
  }

  /** No opening picture (the full ledger asked for): edits from here on are the analyst's. */
  settled(): void {
    this.savedAt = this.workbench.revision;
  }

  async save(): Promise<void> {
    const revision = this.workbench.revision;
    if (revision <= this.savedAt) return;
    await this.client.call('views.save', { name: LAST_SESSION_VIEW, data: this.workbench.view() });
    this.savedAt = revision;
  }
}
