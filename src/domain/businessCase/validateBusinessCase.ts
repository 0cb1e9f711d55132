/**
 * Checks a business case as a person typed it and turns it into the stored content. Every
 * problem names the field it belongs to and says, in words, what to change.
 */
import {
  CASE_YEARS,
  FINANCE_LINES,
  FINANCE_LINE_LABELS,
  IMPACT_LABELS,
  IMPACT_PRINCIPLES,
  type BusinessCaseContent,
  type CaseIndicator,
  type CaseOption,
  type CaseYear,
  type FinanceLine,
  type ImpactPrinciple,
  type RevisionState
} from './businessCase';

/** The text sections of a case, each one box of the form. */
export const CASE_TEXT_FIELDS = ['summary', 'risks', 'dependencies', 'impacts', 'outcomes', 'resources', 'activity'] as const;
/** One text section. */
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

/** The case as the form holds it: figures as typed, so "tbc" can be explained rather than lost. */
export interface BusinessCaseInput {
  readonly text: Readonly<Record<CaseTextField, string>>;
  readonly impact: Readonly<Record<ImpactPrinciple, string>>;
  readonly options: readonly CaseOption[];
  readonly indicators: readonly CaseIndicator[];
  readonly finance: Readonly<Record<FinanceLine, Readonly<Record<CaseYear, string>>>>;
}

/** One problem, tied to the form field it concerns (`finance.capital.2026/27`, `summary`, `options.1.title`). */
export interface CaseProblem {
  readonly field: string;
  readonly message: string;
}

/** Most characters in one section: the whole case is kept in one item, well inside its limit. */
export const CASE_TEXT_LIMIT = 4000;
/** Most options and most indicators a case lists. */
export const CASE_LIST_LIMIT = 10;
/** A short line (an option's title, an indicator's measure or target). */
export const CASE_LINE_LIMIT = 255;
/** The largest figure the overview takes in one cell: £1 billion, far above any single action. */
export const CASE_FIGURE_LIMIT = 1_000_000_000;

const SECTION_NAMES: Readonly<Record<CaseTextField, string>> = {
  summary: 'The summary of the action',
  risks: 'Key risks',
  dependencies: 'Key dependencies',
  impacts: 'Key impacts',
  outcomes: 'Key outcomes',
  resources: 'Resources required',
  activity: 'Activity and timescales'
};

/**
 * Reads one typed figure as pounds: blank is nothing (£0); `12500`, `12,500`, `£12,500.50` are
 * accepted; anything else (words, negative figures, fractions of a penny) is not a figure.
 */
export function parsePounds(typed: string): number | undefined {
  const plain = typed.trim().replace(/^£\s*/, '');
  if (plain === '') return 0;
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(plain)) return undefined;
  return Number(plain.replace(/,/g, ''));
}

function tooLong(count: number, limit: number): string {
  return `${count.toLocaleString('en-GB')} characters; it holds up to ${limit.toLocaleString('en-GB')}, so cut ${(count - limit).toLocaleString('en-GB')}.`;
}

function checkText(problems: CaseProblem[], field: string, name: string, value: string): void {
  if (value.length > CASE_TEXT_LIMIT) problems.push({ field, message: `${name} has ${tooLong(value.length, CASE_TEXT_LIMIT)}` });
}

function checkLine(problems: CaseProblem[], field: string, name: string, value: string): void {
  if (value.length > CASE_LINE_LIMIT) problems.push({ field, message: `${name} has ${tooLong(value.length, CASE_LINE_LIMIT)}` });
}

function readFinance(input: BusinessCaseInput, problems: CaseProblem[]): BusinessCaseContent['finance'] {
  const out = {} as Record<FinanceLine, Record<CaseYear, number>>;
  for (const line of FINANCE_LINES) {
    out[line] = {} as Record<CaseYear, number>;
    for (const year of CASE_YEARS) {
      const typed = input.finance[line][year];
      const pounds = parsePounds(typed);
      const field = `finance.${line}.${year}`;
      if (pounds === undefined) {
        problems.push({ field, message: `${FINANCE_LINE_LABELS[line]} in ${year} must be a number of pounds, not '${typed.trim()}'. Leave it blank for nothing.` });
        out[line][year] = 0;
      } else if (pounds > CASE_FIGURE_LIMIT) {
        problems.push({ field, message: `${FINANCE_LINE_LABELS[line]} in ${year} is more than £1,000,000,000. Check the figure is in pounds, not pence.` });
        out[line][year] = 0;
      } else out[line][year] = pounds;
    }
  }
  return out;
}

function readOptions(input: BusinessCaseInput, problems: CaseProblem[]): CaseOption[] {
  const options = input.options.map((o) => ({ title: o.title.trim(), assessment: o.assessment.trim(), preferred: o.preferred }));
  if (options.length > CASE_LIST_LIMIT) problems.push({ field: 'options', message: `List at most ${CASE_LIST_LIMIT} options; remove ${options.length - CASE_LIST_LIMIT}.` });
  options.forEach((o, i) => {
    if (o.title === '') problems.push({ field: `options.${i}.title`, message: `Option ${i + 1} needs a title, or remove it.` });
    checkLine(problems, `options.${i}.title`, `The title of option ${i + 1}`, o.title);
    checkText(problems, `options.${i}.assessment`, `The assessment of option ${i + 1}`, o.assessment);
  });
  if (options.filter((o) => o.preferred).length > 1) problems.push({ field: 'options', message: 'Mark one option as preferred, not several.' });
  return options;
}

function readIndicators(input: BusinessCaseInput, problems: CaseProblem[]): CaseIndicator[] {
  const indicators = input.indicators.map((k) => ({ measure: k.measure.trim(), target: k.target.trim() }));
  if (indicators.length > CASE_LIST_LIMIT) problems.push({ field: 'indicators', message: `List at most ${CASE_LIST_LIMIT} indicators; remove ${indicators.length - CASE_LIST_LIMIT}.` });
  indicators.forEach((k, i) => {
    if (k.measure === '') problems.push({ field: `indicators.${i}.measure`, message: `Indicator ${i + 1} needs a measure, or remove it.` });
    checkLine(problems, `indicators.${i}.measure`, `The measure of indicator ${i + 1}`, k.measure);
    checkLine(problems, `indicators.${i}.target`, `The target of indicator ${i + 1}`, k.target);
  });
  return indicators;
}

/** What a case must hold before the programme office can decide on it (a draft may be partial). */
function checkComplete(content: BusinessCaseContent, problems: CaseProblem[]): void {
  if (content.summary === '') problems.push({ field: 'summary', message: 'Write a summary of the action before submitting the case.' });
  if (IMPACT_PRINCIPLES.every((p) => content.impact[p] === '')) {
    problems.push({ field: 'impact.effectiveness', message: 'Explain the impact under at least one of effectiveness, equity, efficiency and economy before submitting.' });
  }
  if (content.options.length === 0) problems.push({ field: 'options', message: 'List the options considered, at least the one preferred, before submitting.' });
  else if (!content.options.some((o) => o.preferred)) problems.push({ field: 'options', message: 'Mark the preferred option before submitting.' });
  if (content.risks === '') problems.push({ field: 'risks', message: 'List the key risks before submitting.' });
}

/** The sections in the order the form shows them, so problems are listed (and focused) top to bottom. */
const FORM_ORDER = ['summary', 'impact', 'options', 'risks', 'dependencies', 'impacts', 'outcomes', 'indicators', 'resources', 'activity', 'finance'];

function inFormOrder(problems: readonly CaseProblem[]): CaseProblem[] {
  const rank = (p: CaseProblem): number => FORM_ORDER.indexOf(p.field.split('.')[0]);
  // Array.prototype.sort is stable, so problems of one section keep the order they were found in.
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/**
 * Checks `input` for saving as `state`. A draft needs only readable figures and text within its
 * limits; a submission also needs the parts the programme office decides on.
 */
export function validateBusinessCase(input: BusinessCaseInput, state: RevisionState): { content: BusinessCaseContent; problems: CaseProblem[] } {
  const problems: CaseProblem[] = [];
  const text = {} as Record<CaseTextField, string>;
  for (const field of CASE_TEXT_FIELDS) {
    text[field] = input.text[field].trim();
    checkText(problems, field, SECTION_NAMES[field], text[field]);
  }
  const impact = {} as Record<ImpactPrinciple, string>;
  for (const p of IMPACT_PRINCIPLES) {
    impact[p] = input.impact[p].trim();
    checkText(problems, `impact.${p}`, `The impact on ${IMPACT_LABELS[p].name.toLowerCase()}`, impact[p]);
  }
  const options = readOptions(input, problems);
  const indicators = readIndicators(input, problems);
  const finance = readFinance(input, problems);
  const content: BusinessCaseContent = { ...text, impact, options, indicators, finance };
  if (state === 'Submitted') checkComplete(content, problems);
  return { content, problems: inFormOrder(problems) };
}

/** The form's starting values for `content` (figures of £0 show blank). */
export function caseInputFrom(content: BusinessCaseContent): BusinessCaseInput {
  const text = Object.fromEntries(CASE_TEXT_FIELDS.map((f) => [f, content[f]])) as Record<CaseTextField, string>;
  const finance = Object.fromEntries(
    FINANCE_LINES.map((line) => [line, Object.fromEntries(CASE_YEARS.map((y) => [y, content.finance[line][y] === 0 ? '' : String(content.finance[line][y])]))])
  ) as Record<FinanceLine, Record<CaseYear, string>>;
  return { text, impact: { ...content.impact }, options: content.options.map((o) => ({ ...o })), indicators: content.indicators.map((k) => ({ ...k })), finance };
}
