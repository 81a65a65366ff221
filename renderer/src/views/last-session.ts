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

  /** Opens the last session's view if the case has one; false when it has none. */
  async restore(): Promise<boolean> {
    const saved = (await this.client.call('views.list', {})).find((v) => v.name === LAST_SESSION_VIEW);
    if (!saved) return false;
    const got = await this.client.call('views.get', { id: saved.id });
    await this.workbench.openView(got.data, got.slice);
    return true;
  }

  /** The opening picture is on the canvas: edits from here on are the analyst's. */
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
