// The one place that decides whether SQL for the open design may reach an
// engine. The client's runSql asks it before every request, so a feature that
// forgets to ask for consent is refused instead of running a stranger's SQL.
import { useDesign } from '../store/designStore';
import { useViewMode } from '../store/viewMode';

/** Why engine queries are refused right now, or null when they may run. */
export function engineRefusal(): string | null {
  const mode = useViewMode.getState();
  if (mode.framed && !mode.embed) return 'Not run: this chflow page is shown inside another site, so it runs nothing on an engine.';
  if (mode.readOnly) return 'Not run: a read-only view runs nothing on an engine.';
  const { trust } = useDesign.getState();
  if (!trust.trusted) return `Not run: this design came from ${trust.source}, and you have not allowed it to run on an engine yet.`;
  return null;
}
