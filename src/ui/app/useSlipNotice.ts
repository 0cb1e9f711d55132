import * as React from 'react';
import type { ActionUpdateResult } from '../../application/updates';
import { strings } from '../loc/strings';

/** Something the action panel tells the person about their last save's Teams card. */
export interface SlipNotice {
  actionId: string;
  text: string;
}

/**
 * Watches the announcement of a save's slip (posted by the update use case through the host's
 * announcer) and, when the card was left for the scheduled sweep, says so in the action's panel.
 * The technical reason stays in the host's log; the person is told what happens next.
 */
export function useSlipNotice(): { notice: SlipNotice | undefined; watch(result: ActionUpdateResult): void } {
  const [notice, setNotice] = React.useState<SlipNotice | undefined>();
  const watch = React.useCallback((result: ActionUpdateResult) => {
    if (!result.announcement) return;
    const actionId = result.action.id;
    setNotice(undefined);
    // The announcement never rejects (the use case turns a failure into "left for the sweep").
    result.announcement
      .then((outcome) => {
        if (outcome.status === 'leftForSweep') setNotice({ actionId, text: strings.panel.cardWillFollow });
      })
      .catch(() => setNotice({ actionId, text: strings.panel.cardWillFollow }));
  }, []);
  return { notice, watch };
}
