/**
 * Northmoor's improvement plan as Cabinet adopted it, in the shape adopted plans take: key aims,
 * numbered programmes, numbered actions, and lettered sub-actions written inside the action with
 * one line per item in the lead, start and end date cells. Dates are as plans write them:
 * "Commenced", "Ongoing", "Complete", "2028/2029", a remark in brackets, two stages in one cell.
 * Every sentence and date is the demo's own.
 */

/** One lettered sub-action: its words and its own lead (when it differs) and dates. */
export interface ProgrammeItem {
  readonly text: string;
  readonly lead?: string;
  readonly start: string;
  readonly end: string;
}

/** One numbered action. With items, its start and end are those of its items, line by line. */
export interface ProgrammeAction {
  readonly code: string;
  readonly text: string;
  readonly lead: string;
  readonly start?: string;
  readonly end?: string;
  readonly items?: readonly ProgrammeItem[];
  /** In the Word plan, the items sit on rows of their own below the action, as some plans lay them out. */
  readonly itemsOnOwnRows?: boolean;
  /** In the Word plan, the items are a list Word letters itself rather than typed "(a)". */
  readonly itemsLetteredByWord?: boolean;
}

export interface Programme {
  readonly number: number;
  readonly name: string;
  readonly aim: number;
  readonly description: string;
  readonly actions: readonly ProgrammeAction[];
}

export const KEY_AIMS: readonly string[] = [
  'Key aim 1: a council with a clear direction that residents and partners recognise.',
  'Key aim 2: a workforce that is skilled, well led and sized for the work.',
  'Key aim 3: services redesigned around what residents need and what the council can afford.',
  'Key aim 4: money and assets managed so the council lives within its means.'
];

export const PROGRAMMES: readonly Programme[] = [
  {
    number: 1,
    name: 'A shared direction for Northmoor',
    aim: 1,
    description: 'Agree what the council is for over the next five years and line every plan up behind it.',
    actions: [
      { code: '1.1', text: 'Publish a short statement of what the council will and will not do from 2027.', lead: 'Chief Executive', start: 'Commenced', end: 'March 2027' },
      {
        code: '1.2',
        text: 'Refresh the council plan around the statement of intent, through:',
        lead: 'Director of Strategy',
        items: [
          { text: 'Workshops with members of every group on the priorities.', start: 'January 2027', end: 'February 2027' },
          { text: 'A draft council plan for scrutiny to test.', start: 'February 2027', end: 'April 2027' },
          { text: 'Adoption of the council plan at Full Council.', lead: 'Leader of the Council', start: 'May 2027', end: 'July 2027' }
        ]
      },
      {
        code: '1.3',
        text: 'Build a performance framework that links the council plan to service plans, by:',
        lead: 'Head of Performance',
        items: [
          { text: 'Setting out a set of indicators for each priority, with targets.', start: 'March 2027', end: 'June 2027' },
          { text: 'Monthly performance dashboards for each directorate.', start: 'June 2027', end: 'September 2027' },
          { text: 'A quarterly performance report to Cabinet and scrutiny.', start: 'September 2027', end: 'December 2027 (then every quarter)' },
          { text: 'Service plans that show which indicators each team moves.', start: 'October 2027', end: '2028/2029' }
        ]
      }
    ]
  },
  {
    number: 2,
    name: 'A skilled and well-led workforce',
    aim: 2,
    description: 'Give staff and managers what they need to do their jobs well, and size the workforce for the council the plan describes.',
    actions: [
      { code: '2.1', text: 'Deliver the first year of the people strategy action plan.', lead: 'Head of People', start: 'December 2026', end: 'December 2027' },
      {
        code: '2.2',
        text: 'Understand and improve the culture of the organisation:',
        lead: 'Head of Organisational Development',
        items: [
          { text: 'Run a staff survey and two pulse surveys a year.', start: 'Commenced', end: 'Ongoing' },
          { text: 'Agree a culture action plan with each directorate.', start: 'April 2027', end: 'July 2027' },
          { text: 'Report progress on the culture action plans to the improvement board.', start: 'July 2027', end: 'June 2028 (then every year)' }
        ]
      },
      {
        code: '2.3',
        text: 'Design the new organisation structure in two phases. This will involve:',
        lead: 'Head of People',
        itemsOnOwnRows: true,
        items: [
          { text: 'A review of spans and layers in adult and children\u2019s services.', start: 'January 2027', end: 'May 2027' },
          { text: 'The same review across the rest of the council.', start: 'May 2027', end: 'October 2027' },
          { text: 'A new agency staff protocol with directorate targets.', start: 'Complete', end: 'Complete' }
        ]
      },
      { code: '2.4', text: 'Review the hybrid working policy with staff and unions.', lead: 'Head of People', start: 'Design of the new policy \u2013 February 2027 Roll-out of the policy \u2013 Ongoing', end: 'Design of the new policy \u2013 July 2027 Roll-out of the policy \u2013 Ongoing' }
    ]
  },
  {
    number: 3,
    name: 'Services redesigned around residents',
    aim: 3,
    description: 'Review the largest services for cost and quality, and redesign them with the people who use them.',
    actions: [
      {
        code: '3.1',
        text: 'Redesign adult social care front door services, including:',
        lead: 'Director of Adult Services',
        items: [
          { text: 'A diagnostic of demand at the front door.', start: 'Commenced', end: 'March 2027' },
          { text: 'A new triage model tested in one locality.', start: 'April 2027', end: 'September 2027' },
          { text: 'Roll-out of the triage model to every locality.', start: 'October 2027', end: 'March 2028' },
          { text: 'A review of the savings the new model delivers.', lead: 'Head of Finance Business Partnering', start: 'April 2028', end: '2028/2029' }
        ]
      },
      { code: '3.2', text: 'Bring the housing repairs backlog down to four weeks of work.', lead: 'Director of Housing', start: 'January 2027', end: 'January 2027\nMarch 2028' },
      { code: '3.3', text: 'Set minimum service levels for each statutory service.', lead: 'Director of Strategy', start: 'TBC', end: 'TBC' }
    ]
  },
  {
    number: 4,
    name: 'Living within our means',
    aim: 4,
    description: 'Set budgets the council can keep to, collect what it is owed, and use its land and buildings well.',
    actions: [
      {
        code: '4.1',
        text: 'Change the way the budget is set for 2028/29 so that:',
        lead: 'Director of Finance',
        itemsLetteredByWord: true,
        items: [
          { text: 'Budget assumptions are published before the draft budget.', start: 'June 2027', end: 'September 2027' },
          { text: 'Every savings proposal has a delivery plan and an owner.', start: 'July 2027', end: 'November 2027' },
          { text: 'Members see the draft budget two months before it is set.', lead: 'Cabinet Member for Finance', start: 'December 2027', end: 'February 2028' }
        ]
      },
      { code: '4.2', text: 'Agree a council-wide income and debt recovery strategy.', lead: 'Head of Revenues', start: 'March 2027', end: 'September 2027' },
      {
        code: '4.3',
        text: 'Review the council\u2019s land and buildings:',
        lead: 'Head of Property',
        items: [
          { text: 'A register of every asset with its running cost.', start: 'Commenced', end: 'June 2027' },
          { text: 'A plan for each building the council no longer needs.', start: 'June 2027', end: 'December 2027' }
        ]
      },
      { code: '4.4', text: 'Commission an independent check of VAT recovery.', lead: 'Director of Finance', start: 'Complete', end: 'Complete' }
    ]
  }
];

/** Every reference the plan holds, actions first then lettered sub-actions, for tests and the README. */
export function programmePlanCodes(): { actions: string[]; subActions: string[] } {
  const actions = PROGRAMMES.flatMap((p) => p.actions.map((a) => a.code));
  const subActions = PROGRAMMES.flatMap((p) => p.actions.flatMap((a) => (a.items ?? []).map((_, i) => `${a.code}(${String.fromCharCode(97 + i)})`)));
  return { actions, subActions };
}
