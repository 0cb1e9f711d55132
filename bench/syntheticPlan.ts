import type { EmulatorHandle } from '../tools/emulator';
import { bulkAddActions } from '../tools/local/bulkAddActions';

/** Sizes of a synthetic plan for benchmarks. */
export interface SyntheticSize {
  mainActions: number;
  subActionsPerMain: number;
}

const THEMES = ['LD', 'CU', 'GV', 'UR', 'SD', 'PC', 'CI'];
const RATINGS = ['Green', 'Green', 'Green', 'Amber', 'Red', 'Complete'];

/** A due date spread over 2025–2028, so a sweep finds some actions overdue on any day. */
function dueDate(i: number): string {
  const day = new Date(Date.UTC(2025, 3, 1) + (i % 1200) * 86400000);
  return `${day.toISOString().slice(0, 10)}T00:00:00Z`;
}

/**
 * Loads a plan of the given size straight into the emulator's store (one transaction per list),
 * so benchmarks measure reading, not seeding. Returns the number of rows written.
 */
export function seedSyntheticPlan(emulator: EmulatorHandle, size: SyntheticSize): number {
  const themeIds = emulator.bulkAddItems(
    'Plan Themes',
    THEMES.map((code, i) => ({ Title: `Theme ${code}`, Code: code, SortOrder: i + 1 }))
  );
  const workstreams = THEMES.flatMap((code, t) => ['A', 'B', 'C', 'D'].map((letter) => ({ Title: `Workstream ${code}.${letter}`, Code: `${code}.${letter}`, ThemeId: themeIds[t] })));
  const workstreamIds = emulator.bulkAddItems('Plan Workstreams', workstreams);
  const mains = Array.from({ length: size.mainActions }, (_, i) => {
    const w = i % workstreams.length;
    const rating = RATINGS[i % RATINGS.length];
    return {
      Title: `Main action ${i + 1}`,
      Code: `${workstreams[w].Code}${Math.floor(i / workstreams.length) + 1}`,
      ActionKind: 'main',
      ThemeId: workstreams[w].ThemeId,
      WorkstreamId: workstreamIds[w],
      Status: rating === 'Complete' ? 'Complete' : 'InProgress',
      Rating: rating,
      ProgressPercent: (i * 7) % 100,
      StartDate: '2025-04-01T00:00:00Z',
      BaselineDueDate: dueDate(i),
      CurrentDueDate: dueDate(i),
      ReprofileCount: 0,
      Commentary: `Progress on main action ${i + 1} is reported monthly to the Improvement Board.`
    };
  });
  const mainIds = bulkAddActions(emulator, mains);
  const subs = mains.flatMap((main, m) =>
    Array.from({ length: size.subActionsPerMain }, (_, s) => ({
      ...main,
      Title: `Sub-action ${s + 1} of ${main.Title}`,
      Code: `${main.Code}.${s + 1}`,
      ActionKind: 'sub',
      ParentActionId: mainIds[m]
    }))
  );
  bulkAddActions(emulator, subs);
  return themeIds.length + workstreamIds.length + mains.length + subs.length;
}
