/**
 * The demo register's monthly reviews, July to November 2026: most risks hold steady, a few fall
 * as their mitigations land, two rise this autumn, and two are first raised in November. Each
 * risk's last review is its residual score in the register (demoContent's `scores[1]`).
 */
import type { DemoRiskReview } from './demoTypes';

/** The months reviewed, oldest first. */
export const REVIEW_MONTHS: readonly string[] = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

type Score = readonly [number, number];
/** A month's score, with the note when the score moved (held months get a note of their own). */
type Month = Score | readonly [number, number, string] | null;

/** Per risk (R01 to R20, in demoContent order), its score each month July to November; null before it was raised. */
const HISTORY: Readonly<Record<string, readonly Month[]>> = {
  R01: [[3, 4], [3, 4], [3, 3, 'Interim programme managers started in September, so fewer actions are waiting for a lead; likelihood down a step.'], [3, 3], [3, 3]],
  R02: [[3, 3], [3, 3], [3, 3], [3, 3], [3, 4, 'The autumn forecast adds £3.1m of care costs to next year’s gap; impact raised to major until recurring savings are found.']],
  R03: [[3, 3], [3, 3], [3, 3], [3, 3], [3, 3]],
  R04: [[3, 4], [3, 3, 'The permanent chief executive took up post in August; the impact of further turnover is now judged moderate.'], [3, 3], [3, 3], [2, 3, 'Five of seven senior posts are now permanent and the new directors have mentors; turnover is less likely.']],
  R05: [[3, 4], [3, 4], [3, 4], [3, 4], [2, 4, 'The revised member-officer protocol was adopted and the first group leaders’ meetings went well; a breakdown is now less likely.']],
  R06: [[3, 3], [3, 3], [3, 3], [3, 3], [3, 3]],
  R07: [[3, 4], [3, 3, 'Extra investigators cleared the oldest cases, so a tribunal loss would now be less damaging.'], [2, 3, 'Casework timescales met for eight weeks running; likelihood reduced.'], [2, 3], [2, 3]],
  R08: [[2, 3], [2, 3], [2, 3], [2, 3], [3, 3, 'Two planning and one legal vacancy failed to recruit at the second attempt; agency use is rising again.']],
  R09: [[2, 2], [1, 2, 'The revised constitution was adopted by Council in August; the remaining risk is low and the risk will be closed.'], [1, 2], [1, 2], [1, 2]],
  R10: [[3, 2], [3, 2], [3, 2], [3, 2], [3, 2]],
  R11: [[4, 4], [4, 4], [3, 4, 'The extra contractors have cleared the overdue high-risk fire actions; likelihood down a step, impact unchanged.'], [3, 4], [3, 4]],
  R12: [[3, 3], [3, 3], [3, 3], [2, 3, 'Stage one complaints answered on time for three months in a row and no new Ombudsman finding; likelihood reduced.'], [2, 3]],
  R13: [[3, 3], [3, 3], [2, 3, 'The relaunched partnership board met in September with every partner attending; likelihood reduced.'], [2, 3], [2, 3]],
  R14: [[2, 3], [2, 3], [2, 3], [2, 3], [2, 3]],
  R15: [null, null, null, null, [3, 3, 'Raised this month: the finance, HR and learning system projects share one supplier and one go-live window.']],
  R16: [[4, 3], [4, 3], [4, 3], [3, 3, 'The closedown plan is agreed with the auditor and the 2023/24 accounts are signed; likelihood reduced.'], [3, 3]],
  R17: [[3, 2], [3, 2], [2, 2, 'Procurement Act training reached every budget holder and waivers halved; likelihood reduced.'], [2, 2], [2, 2]],
  R18: [null, null, null, [3, 4, 'Raised ahead of the 2027 elections: a change of administration could reset the plan’s priorities.'], [3, 3, 'The panel agreed cross-party ownership of the plan and the induction programme is designed; impact reduced.']],
  R19: [[2, 3], [2, 3], [2, 3], [2, 3], [2, 3]],
  R20: [null, null, null, null, [2, 4, 'Raised this month: the panel asked how improvements will be kept once intervention ends.']]
};

/** Notes for a month in which a risk's score held, so each review says something of its own. */
const HELD_NOTES: readonly string[] = [
  'No change: mitigations are on track and nothing new has come up.',
  'Held: the actions linked to this risk are progressing as planned.',
  'Reviewed at the programme board; the score stands.',
  'No movement this month; the next test is the quarterly report to Cabinet.',
  'Score unchanged; the owner is watching the two mitigations still open.'
];

/** The day each month's review was held (the third Wednesday or near it). */
const REVIEW_DAYS: Readonly<Record<string, string>> = {
  '2026-07': '2026-07-15',
  '2026-08': '2026-08-19',
  '2026-09': '2026-09-16',
  '2026-10': '2026-10-21',
  '2026-11': '2026-11-18'
};

/** Every demo review, for the risks coded R01.., reviewed by the programme office's `reviewer`. */
export function demoRiskReviews(riskCodes: readonly string[], reviewer: string): DemoRiskReview[] {
  const out: DemoRiskReview[] = [];
  riskCodes.forEach((code, riskIndex) => {
    const months = HISTORY[code] ?? [];
    months.forEach((month, i) => {
      if (!month) return;
      const period = REVIEW_MONTHS[i];
      out.push({
        RiskCode: code,
        Period: period,
        Likelihood: month[0],
        Impact: month[1],
        ReviewedOn: REVIEW_DAYS[period],
        ReviewedBy: reviewer,
        Note: month.length === 3 ? month[2] : HELD_NOTES[(riskIndex + i) % HELD_NOTES.length]
      });
    });
  });
  return out;
}

/** The demo trend of a risk this period (November against October), as the register's old field names it. */
export function demoTrend(code: string): 'Improving' | 'Stable' | 'Worsening' | 'New' {
  const months = HISTORY[code] ?? [];
  const now = months[4];
  const before = months[3];
  if (!before || !now) return 'New';
  const delta = now[0] * now[1] - before[0] * before[1];
  return delta < 0 ? 'Improving' : delta > 0 ? 'Worsening' : 'Stable';
}

/** The residual score at the last closed period (October), for the register's typed previous residual. */
export function demoPreviousResidual(code: string): { likelihood: number; impact: number } | undefined {
  const october = (HISTORY[code] ?? [])[3];
  return october ? { likelihood: october[0], impact: october[1] } : undefined;
}
