/**
 * The plan's roll-up method lives in Plan Settings as its own row, titled {@link ROLLUP_METHOD_KEY},
 * so the programme office (the only people who may edit Plan Settings) chooses it without touching
 * the plan details. No row means the default method.
 */
import { describeRollupMethod, parseRollupMethod, type RollupMethod } from '../../domain';
import { SETTINGS_LIST } from '../schema/planLists';
import type { ProblemSink } from './problems';
import { readText, type SpItem, type SpValues } from './values';

/** Title of the settings item holding the roll-up method. */
export const ROLLUP_METHOD_KEY = 'plan.rollupMethod';

/** The method in the row, or undefined (the default applies) when absent or unreadable, which is reported. */
export function rollupMethodFromItem(item: SpItem | undefined, report: ProblemSink): RollupMethod | undefined {
  const text = item ? readText(item.SettingValue) : undefined;
  if (text === undefined) return undefined;
  const parsed = parseRollupMethod(text);
  if (parsed.ok) return parsed.value;
  report({ list: SETTINGS_LIST, itemId: typeof item?.Id === 'number' ? item.Id : 0, column: 'SettingValue', message: `${parsed.error} The default roll-up method is used.` });
  return undefined;
}

/** The settings item values holding `method`. */
export function rollupMethodToValues(method: RollupMethod): SpValues {
  return {
    Title: ROLLUP_METHOD_KEY,
    SettingValue: JSON.stringify(method),
    SettingDescription: `How action ratings roll up to workstreams and themes: ${describeRollupMethod(method)}.`
  };
}
