/**
 * The plan's own details (name, council, shape, dates, cadence) live as one JSON setting in
 * Plan Settings, titled {@link PLAN_DETAILS_KEY}, so a site holds exactly one plan.
 */
import { DEFAULT_TERMINOLOGY, isIsoDate, type IsoDate, type Plan, type PlanShape, type PlanTerminology, type ReportingCadence } from '../../domain';
import { SETTINGS_LIST } from '../schema/planLists';
import { readPersonEntry } from './json';
import type { ProblemSink } from './problems';
import { compact, readText, type SpItem, type SpValues } from './values';

/** Title of the settings item holding the plan details. */
export const PLAN_DETAILS_KEY = 'plan.details';

/** Plan fields that are not lists. */
export type PlanDetails = Omit<Plan, 'rollupMethod' | 'themes' | 'workstreams' | 'actions' | 'milestones' | 'progressUpdates' | 'risks' | 'changeRequests' | 'recommendations'>;

const SHAPES: readonly PlanShape[] = ['bestValueThemes', 'aimsAndProgrammes', 'codedThemes'];
const CADENCES: readonly ReportingCadence[] = ['month', 'quarter', 'halfYear'];

function terminologyOf(value: unknown, shape: PlanShape): PlanTerminology {
  const fallback = DEFAULT_TERMINOLOGY[shape];
  if (typeof value !== 'object' || value === null) return fallback;
  const t = value as Record<string, unknown>;
  const pick = (k: keyof PlanTerminology): string => (typeof t[k] === 'string' && t[k] !== '' ? (t[k] as string) : fallback[k]);
  return { theme: pick('theme'), workstream: pick('workstream'), mainAction: pick('mainAction'), subAction: pick('subAction') };
}

/**
 * Reads the plan details from the settings item (or its absence). Missing or unreadable details
 * fall back to an untitled plan covering `fallbackDay`, reported, so the lists still show.
 */
export function planDetailsFromItem(item: SpItem | undefined, report: ProblemSink, fallbackDay: IsoDate): PlanDetails {
  const itemId = item && typeof item.Id === 'number' ? item.Id : 0;
  let raw: Record<string, unknown> = {};
  const text = item ? readText(item.SettingValue) : undefined;
  if (text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
      else report({ list: SETTINGS_LIST, itemId, column: 'SettingValue', message: 'The plan details are not an object; defaults are shown.' });
    } catch {
      report({ list: SETTINGS_LIST, itemId, column: 'SettingValue', message: 'The plan details are not valid JSON; defaults are shown.' });
    }
  }
  const shape = SHAPES.includes(raw.shape as PlanShape) ? (raw.shape as PlanShape) : 'codedThemes';
  const day = (v: unknown): IsoDate | undefined => (isIsoDate(v) ? v : undefined);
  return compact({
    id: readText(raw.id) ?? 'plan',
    name: readText(raw.name) ?? 'Improvement Plan',
    council: readText(raw.council) ?? '',
    shape,
    terminology: terminologyOf(raw.terminology, shape),
    adoptedOn: day(raw.adoptedOn),
    startDate: day(raw.startDate) ?? fallbackDay,
    endDate: day(raw.endDate) ?? day(raw.startDate) ?? fallbackDay,
    cadence: CADENCES.includes(raw.cadence as ReportingCadence) ? (raw.cadence as ReportingCadence) : 'month',
    seniorResponsibleOwner: raw.seniorResponsibleOwner === undefined ? undefined : readPersonEntry(raw.seniorResponsibleOwner)
  });
}

/** The settings item values holding `details`. */
export function planDetailsToValues(details: PlanDetails): SpValues {
  return { Title: PLAN_DETAILS_KEY, SettingValue: JSON.stringify(details), SettingDescription: 'Name, council, structure, dates and reporting cadence of the plan.' };
}
