/**
 * A business case as stored: one JSON document per revision (and per approval), checked against
 * its shape when read, so a hand-edited or truncated item is reported instead of shown half-read.
 */
import * as v from 'valibot';
import { CASE_YEARS, FINANCE_LINES, IMPACT_PRINCIPLES, type BusinessCaseContent } from '../../domain';

const pounds = v.pipe(v.number(), v.finite(), v.minValue(0));
const row = v.object(Object.fromEntries(CASE_YEARS.map((y) => [y, pounds])) as Record<(typeof CASE_YEARS)[number], typeof pounds>);
const text = v.string();

const caseSchema = v.object({
  summary: text,
  impact: v.object(Object.fromEntries(IMPACT_PRINCIPLES.map((p) => [p, text])) as Record<(typeof IMPACT_PRINCIPLES)[number], typeof text>),
  options: v.array(v.object({ title: text, assessment: text, preferred: v.boolean() })),
  risks: text,
  dependencies: text,
  impacts: text,
  outcomes: text,
  indicators: v.array(v.object({ measure: text, target: text })),
  resources: text,
  activity: text,
  finance: v.object(Object.fromEntries(FINANCE_LINES.map((l) => [l, row])) as Record<(typeof FINANCE_LINES)[number], typeof row>)
});

/**
 * Most characters of one stored case. A Note column holds far more; this keeps every revision
 * (with its request) small, and the form's limits (4,000 characters a section) stay under it.
 */
export const CASE_JSON_LIMIT = 100_000;

/** The case as stored text. */
export function writeCaseJson(content: BusinessCaseContent): string {
  const json = JSON.stringify(content);
  if (json.length > CASE_JSON_LIMIT) throw new Error(`The business case is ${json.length.toLocaleString('en-GB')} characters long when stored; shorten it to under ${CASE_JSON_LIMIT.toLocaleString('en-GB')}.`);
  return json;
}

/** The stored text as a case, or `undefined` when it is not one (the caller reports it). */
export function readCaseJson(value: unknown): BusinessCaseContent | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const result = v.safeParse(caseSchema, parsed);
  return result.success ? (result.output as BusinessCaseContent) : undefined;
}
