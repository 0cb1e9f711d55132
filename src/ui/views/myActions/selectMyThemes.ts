import { isExceptionRating, isSamePerson, periodContaining, sortByCode, updateOwed, type Action, type ChangeRequest, type Theme } from '../../../domain';
import type { PlanView } from '../../hooks/usePlanData';
import { lastUpdatedOf, latestUpdates } from './selectMyActions';

/** What a director sees of one theme they lead. */
export interface MyTheme {
  theme: Theme;
  /** Open Amber and Red actions, Red first. */
  exceptions: Action[];
  /** Live actions whose update for this period has not come in. */
  awaitingUpdate: Action[];
  /** Change requests for the theme's actions still waiting for a decision. */
  pendingChanges: ChangeRequest[];
  /** Codes of the theme's actions, to pick out its slips from the plan's. */
  actionIds: ReadonlySet<string>;
}

const isOpen = (a: Action): boolean => a.status !== 'Complete' && a.status !== 'Closed';

/** The themes the signed-in person is the accountable director for, each with what needs attention. */
export function selectMyThemes(view: PlanView): MyTheme[] {
  const me = view.user.person;
  const { plan } = view.loaded;
  const period = periodContaining(plan.cadence, view.today);
  const latest = latestUpdates(view);
  return plan.themes
    .filter((t) => isSamePerson(t.leadDirector, me))
    .sort((a, b) => a.order - b.order)
    .map((theme) => {
      const actions = sortByCode(plan.actions.filter((a) => a.themeCode === theme.code));
      const open = actions.filter(isOpen);
      const severity = (a: Action): number => (view.ratings.get(a.id)?.rating === 'Red' ? 0 : 1);
      const exceptions = open
        .filter((a) => {
          const rating = view.ratings.get(a.id)?.rating;
          return rating !== undefined && isExceptionRating(rating);
        })
        .sort((a, b) => severity(a) - severity(b));
      const awaitingUpdate = open.filter((a) => updateOwed(a, lastUpdatedOf(view, a.id, latest), period.start, view.today));
      const actionIds = new Set(actions.map((a) => a.id));
      const pendingChanges = plan.changeRequests.filter((r) => r.status === 'Submitted' && r.actionId !== undefined && actionIds.has(r.actionId));
      return { theme, exceptions, awaitingUpdate, pendingChanges, actionIds };
    });
}
