/**
 * Business cases of the demo plan: six actions in every state a case can be in (approved,
 * submitted and awaiting a decision, returned with a reason, a draft), each written by its
 * action's lead with figures a district council of Northmoor's size would put to Cabinet. The
 * council and its figures are invented.
 */
import { CASE_YEARS, emptyBusinessCase, type BusinessCaseContent, type CaseYear } from '../../src/domain';

/** One demo case: the action it belongs to, how far it got and its content. */
export interface DemoBusinessCase {
  /** The action's code; the case is saved as the action's lead. */
  readonly code: string;
  readonly state: 'Draft' | 'Submitted';
  /** The programme office's decision, by the login named. */
  readonly decision?: { readonly kind: 'Approved' | 'Returned'; readonly by: string; readonly reason?: string };
  readonly content: BusinessCaseContent;
}

/** Pounds by year in column order (2025/26 to 2029/30+). */
function years(...pounds: number[]): Record<CaseYear, number> {
  return Object.fromEntries(CASE_YEARS.map((y, i) => [y, pounds[i] ?? 0])) as Record<CaseYear, number>;
}

function demoCase(parts: Partial<BusinessCaseContent> & Pick<BusinessCaseContent, 'summary' | 'finance'>): BusinessCaseContent {
  return { ...emptyBusinessCase(), ...parts };
}

export const DEMO_BUSINESS_CASES: readonly DemoBusinessCase[] = [
  {
    code: 'UR.B5',
    state: 'Submitted',
    decision: { kind: 'Approved', by: 'p.shah@northmoor.gov.uk' },
    content: demoCase({
      summary:
        'Move the general ledger, payables and receivables onto a supported cloud finance system and automate the bank, payroll and income reconciliations that the finance team now does by hand. Procurement through a national framework in spring 2026, build and data migration over the summer, parallel running for two month-ends, live in April 2027.',
      impact: {
        effectiveness: 'Budget holders see actuals the day after they are posted instead of at month-end, so forecasts are made on current figures.',
        equity: '',
        efficiency: 'Reconciliations that take about 30 staff days a month fall to about 6; month-end close moves from working day 12 to working day 5.',
        economy: 'Two vacant accountant posts are deleted rather than filled, and the old system licence and hosting contract end in March 2027.'
      },
      options: [
        { title: 'Do nothing and extend the current contract', assessment: 'The supplier ends support in 2027; extension costs rise each year and the audit findings stay open.', preferred: false },
        { title: 'Upgrade the current system on premises', assessment: 'Cheaper to buy but keeps the manual reconciliations and the server costs.', preferred: false },
        { title: 'Cloud finance system through a national framework', assessment: 'Highest one-off cost but the only option that removes the manual work and closes the audit findings.', preferred: true }
      ],
      risks: 'Data migration errors in opening balances: mitigated by two trial migrations and parallel running. Finance team capacity during year-end: mitigated by backfilling two posts for six months. Supplier delay: fixed-price contract with milestone payments.',
      dependencies: 'The payroll interface from the HR system (CU workstream), and internal audit sign-off of the new controls before go-live.',
      impacts: 'Budget holders need two hours of training each; some reports that members know will change format.',
      outcomes: 'Accounts closed on time and the audit backlog does not return; budget holders forecast from current figures.',
      indicators: [
        { measure: 'Working days to close the month', target: '5 by June 2027' },
        { measure: 'Manual reconciliations each month', target: 'Under 10 by September 2027' }
      ],
      resources: 'Project manager (1 FTE for 14 months); two systems accountants (0.5 FTE each); ICT integration lead (40 days); internal audit (15 days).',
      activity: 'Diagnostic: process mapping, March to April 2026. Planning: procurement and design, May to July 2026. Delivery: build, migration and testing, August 2026 to March 2027. Monitoring: benefits review at six and twelve months after go-live.',
      finance: { capital: years(180000, 240000), revenue: years(0, 65000, 20000), benefits: years(0, 40000, 150000, 185000, 185000) }
    })
  },
  {
    code: 'SD.B2',
    state: 'Submitted',
    decision: { kind: 'Approved', by: 't.okafor@northmoor.gov.uk' },
    content: demoCase({
      summary: 'Replace the telephone menu with routing by reason for calling, add call-backs at busy times and move the five most common requests online, so residents reach the right person first time.',
      impact: {
        effectiveness: 'More calls answered within five minutes and fewer transfers between teams.',
        equity: 'Assisted digital help in the three community hubs for residents who cannot use the online forms.',
        efficiency: 'About 18% of calls move to online forms, releasing advisers for complex enquiries.',
        economy: 'Three adviser posts are not refilled as staff leave over 2027/28.'
      },
      options: [
        { title: 'Keep the current menu and recruit advisers', assessment: 'Improves answer times only while the extra posts are funded.', preferred: false },
        { title: 'Routing by reason with call-backs and online forms', assessment: 'Tackles why residents call repeatedly; pays back in the third year.', preferred: true }
      ],
      risks: 'Residents without internet access lose out: mitigated by the hub help and keeping every request available by phone.',
      dependencies: 'The customer experience strategy (SD.B3) and the website redesign.',
      impacts: 'Contact centre rotas change; the trade unions are consulted.',
      outcomes: 'Residents reach the right service first time; complaints about getting through fall.',
      indicators: [
        { measure: 'Calls answered within five minutes', target: '80% by March 2028' },
        { measure: 'Calls abandoned', target: 'Under 8%' }
      ],
      resources: 'Customer experience lead (0.5 FTE for a year); telephony supplier; web team (30 days).',
      activity: 'Diagnostic: call analysis, summer 2026. Planning: design with residents, autumn 2026. Delivery: new routing live January 2027, online forms by June 2027. Monitoring: monthly to the service board.',
      finance: { capital: years(0, 95000), revenue: years(0, 30000, 15000), benefits: years(0, 0, 60000, 110000, 110000) }
    })
  },
  {
    code: 'SD.C1',
    state: 'Submitted',
    content: demoCase({
      summary: 'Survey every council home (about 5,400) over two years with an external surveying partner, and load the results into the asset system so the capital programme is planned from evidence.',
      impact: {
        effectiveness: 'Repairs and investment are planned from the condition of each home, not from complaints.',
        equity: 'Homes of older and disabled tenants are surveyed first.',
        efficiency: 'Planned work replaces some responsive repairs, which cost more per job.',
        economy: 'Fewer emergency repairs and disrepair claims.'
      },
      options: [
        { title: 'Sample 20% of homes and extrapolate', assessment: 'Cheaper but does not meet the regulator’s expectation of knowing every home.', preferred: false },
        { title: 'Survey every home over two years', assessment: 'Meets the consumer standards and gives a sound base for the 30-year plan.', preferred: true }
      ],
      risks: 'Access refused by tenants: three attempts and evening appointments. Findings larger than the capital budget: reported to Cabinet with a prioritised plan.',
      dependencies: 'The housing asset system upgrade; tenant engagement through the tenants’ panel.',
      impacts: 'More planned work may disturb tenants; each visit is booked with the tenant.',
      outcomes: 'The council knows the condition of every home and can show it to the regulator.',
      indicators: [{ measure: 'Homes with a survey under five years old', target: '100% by March 2028' }],
      resources: 'Surveying partner; asset data officer (1 FTE for two years); tenancy officers for access.',
      activity: 'Planning: procurement, autumn 2026. Delivery: surveys January 2027 to December 2028. Monitoring: quarterly to the housing board.',
      finance: { capital: years(0, 210000, 260000), revenue: years(0, 45000, 45000), benefits: years(0, 0, 40000, 90000, 120000) }
    })
  },
  {
    code: 'UR.D1',
    state: 'Submitted',
    decision: { kind: 'Returned', by: 'p.shah@northmoor.gov.uk', reason: 'The savings from closing the two depots are counted in both 2027/28 and 2028/29. Show each year’s figure once, and set out the one-off costs of moving staff.' },
    content: demoCase({
      summary: 'Agree an asset management strategy and close two depots and one office building, moving their teams into the civic centre and the main depot.',
      impact: { effectiveness: '', equity: '', efficiency: 'Fewer buildings to run and maintain.', economy: 'Running costs and backlog maintenance fall; the sites can be sold.' },
      options: [{ title: 'Close two depots and Riverside House', assessment: 'The largest saving with the fewest moves.', preferred: true }],
      risks: 'Staff resistance to moving: early engagement. Sale values below estimate: independent valuation.',
      finance: { capital: years(0, 120000), revenue: years(0, 25000), benefits: years(0, 0, 140000, 280000, 140000) }
    })
  },
  {
    code: 'LD.A2',
    state: 'Draft',
    content: demoCase({
      summary: 'A twelve-month development programme for the top 40 managers, run with a regional university, covering political awareness, leading change and holding each other to account.',
      impact: { effectiveness: 'Managers who lead change well and work constructively with members.', equity: '', efficiency: '', economy: '' },
      options: [{ title: 'University-led programme with coaching', assessment: 'Recognised qualification; cohort learning across directorates.', preferred: true }],
      finance: { capital: years(), revenue: years(0, 48000, 24000), benefits: years() }
    })
  },
  {
    code: 'SD.A4',
    state: 'Submitted',
    decision: { kind: 'Approved', by: 'p.shah@northmoor.gov.uk' },
    content: demoCase({
      summary: 'Build performance dashboards from the data warehouse for every service manager and for members, replacing the monthly spreadsheet packs.',
      impact: {
        effectiveness: 'Managers and members see the same figures, updated weekly.',
        equity: '',
        efficiency: 'The performance team stops compiling 30 spreadsheet packs a month.',
        economy: 'Two spreadsheet reporting tools are retired.'
      },
      options: [
        { title: 'Dashboards on the existing analytics licence', assessment: 'Uses a licence the council already pays for.', preferred: true },
        { title: 'Buy a performance management product', assessment: 'Faster to start but a new annual cost.', preferred: false }
      ],
      risks: 'Data quality in source systems: the data quality action (SD.A3) runs first.',
      dependencies: 'SD.A3 data quality improvements.',
      outcomes: 'One version of the council’s performance, used at every level.',
      indicators: [{ measure: 'Services with a live dashboard', target: 'All 22 by December 2027' }],
      resources: 'Two data analysts (0.5 FTE each for a year).',
      activity: 'Delivery in three waves: corporate measures, then housing and environment, then the rest, April 2026 to December 2027.',
      finance: { capital: years(35000), revenue: years(20000, 20000), benefits: years(0, 25000, 50000, 50000, 50000) }
    })
  }
];
