/**
 * The words of the demo plan: a fictional council, Northmoor Borough Council, written for this
 * project. Each theme lists its areas of focus and, per area, the deliverables as [title, topic].
 */
export interface ThemeContent {
  code: string;
  title: string;
  description: string;
  summary: string;
  areas: Array<{ title: string; outcomes: string; actions: Array<[string, string]> }>;
}

export const NORTHMOOR_THEMES: ThemeContent[] = [
  {
    code: 'LD',
    title: 'Leadership',
    description: 'Political and managerial leadership that sets a clear direction and owns the improvement journey.',
    summary: 'The leadership team has stabilised and the corporate plan is agreed; member-officer relations need continued work.',
    areas: [
      { title: 'Shared vision and priorities', outcomes: 'One corporate plan that members, officers and partners recognise.', actions: [['Agree a new corporate plan with cross-party input', 'the corporate plan'], ['Publish a delivery plan with measurable milestones', 'the delivery plan'], ['Align service plans to the corporate priorities', 'service planning']] },
      { title: 'Member-officer relations', outcomes: 'Respectful, well-understood roles between councillors and officers.', actions: [['Adopt a member-officer protocol', 'the member-officer protocol'], ['Run joint leadership development sessions', 'joint leadership development'], ['Introduce regular leader and chief executive one-to-ones', 'leadership one-to-ones']] },
      { title: 'Senior leadership capacity', outcomes: 'A permanent, stable senior team with clear accountabilities.', actions: [['Recruit a permanent chief executive', 'chief executive recruitment'], ['Restructure the corporate leadership team', 'the senior restructure'], ['Set objectives and appraisals for every director', 'director objectives']] },
      { title: 'Improvement ownership', outcomes: 'The improvement plan is led from the top and reported openly.', actions: [['Establish the Improvement Board with independent members', 'the Improvement Board'], ['Report progress publicly every quarter', 'public progress reporting']] }
    ]
  },
  {
    code: 'CU',
    title: 'Culture',
    description: 'An open, respectful organisation where staff raise concerns and learn from mistakes.',
    summary: 'The staff survey shows early improvement; HR casework backlogs remain the main concern.',
    areas: [
      { title: 'Values and behaviours', outcomes: 'Values that staff and members live, not just display.', actions: [['Co-design organisational values with staff', 'the organisational values'], ['Embed values in recruitment and appraisal', 'values-based appraisal'], ['Launch a staff recognition scheme', 'staff recognition']] },
      { title: 'Speaking up', outcomes: 'People raise concerns early and are protected when they do.', actions: [['Refresh the whistleblowing policy and routes', 'whistleblowing'], ['Appoint and train freedom to speak up champions', 'speak-up champions'], ['Report speak-up themes to Audit Committee', 'speak-up reporting']] },
      { title: 'People management', outcomes: 'Fair, timely HR processes that staff trust.', actions: [['Clear the backlog of HR casework', 'HR casework'], ['Train all managers in handling grievances', 'grievance training'], ['Publish a workforce strategy', 'the workforce strategy']] }
    ]
  },
  {
    code: 'GV',
    title: 'Governance',
    description: 'Decision-making that is lawful, transparent and properly challenged.',
    summary: 'The constitution review is on track; the scrutiny work programme has been strengthened.',
    areas: [
      { title: 'Constitution and decision-making', outcomes: 'A constitution that is current, clear and followed.', actions: [['Review and modernise the constitution', 'the constitution review'], ['Refresh the scheme of delegation', 'the scheme of delegation'], ['Introduce a forward plan of key decisions', 'the forward plan']] },
      { title: 'Scrutiny and audit', outcomes: 'Challenge that improves decisions before they are taken.', actions: [['Agree a focused scrutiny work programme', 'the scrutiny work programme'], ['Appoint an independent member to Audit Committee', 'independent audit membership'], ['Train scrutiny chairs in questioning skills', 'scrutiny chair training']] },
      { title: 'Risk and assurance', outcomes: 'Risks are known, owned and reported.', actions: [['Refresh the corporate risk register', 'the corporate risk register'], ['Adopt an annual governance statement process', 'the annual governance statement'], ['Bring internal audit recommendations up to date', 'internal audit follow-up']] }
    ]
  },
  {
    code: 'UR',
    title: 'Use of resources',
    description: 'Sound financial management and a balanced, sustainable budget.',
    summary: 'The medium-term financial strategy is agreed; the savings programme is behind in two directorates.',
    areas: [
      { title: 'Financial planning', outcomes: 'A balanced medium-term budget built on realistic assumptions.', actions: [['Agree a medium-term financial strategy', 'the medium-term financial strategy'], ['Rebuild general reserves to the agreed minimum', 'reserves recovery'], ['Introduce monthly budget monitoring for every service', 'budget monitoring']] },
      { title: 'Savings and income', outcomes: 'Savings delivered as planned and income maximised.', actions: [['Deliver the approved savings programme', 'the savings programme'], ['Review fees and charges', 'fees and charges'], ['Complete the asset rationalisation review', 'asset rationalisation']] },
      { title: 'Financial controls', outcomes: 'Controls that prevent overspends and fraud.', actions: [['Close the accounts on time with an unqualified opinion', 'the statement of accounts'], ['Strengthen procurement controls and waivers', 'procurement controls'], ['Roll out finance training for budget holders', 'budget holder training']] }
    ]
  },
  {
    code: 'SD',
    title: 'Service delivery',
    description: 'Services that meet residents\u2019 needs and perform well against comparable councils.',
    summary: 'Complaint handling has improved; housing repairs performance remains below target.',
    areas: [
      { title: 'Performance management', outcomes: 'Reliable performance data that drives action.', actions: [['Adopt a corporate performance framework', 'the performance framework'], ['Improve data quality in key systems', 'data quality'], ['Publish a quarterly performance report', 'quarterly performance reporting']] },
      { title: 'Customer experience', outcomes: 'Residents get timely answers and fair complaint handling.', actions: [['Meet the Ombudsman complaint handling code', 'complaint handling'], ['Redesign the customer contact centre', 'the contact centre'], ['Introduce resident satisfaction tracking', 'resident satisfaction']] },
      { title: 'Housing and regulatory services', outcomes: 'Safe homes and lawful regulatory services.', actions: [['Bring housing repairs back within target times', 'housing repairs'], ['Complete stock condition surveys', 'stock condition surveys'], ['Clear the planning enforcement backlog', 'planning enforcement']] }
    ]
  },
  {
    code: 'PC',
    title: 'Partnerships and community engagement',
    description: 'Strong relationships with partners, businesses and residents.',
    summary: 'Partnership boards have been refreshed; resident engagement needs a clearer offer.',
    areas: [
      { title: 'Partnership working', outcomes: 'Partners trust the council and plan jointly.', actions: [['Refresh the local strategic partnership board', 'the strategic partnership board'], ['Agree a joint plan with health partners', 'the joint health plan'], ['Review partnership governance arrangements', 'partnership governance']] },
      { title: 'Resident engagement', outcomes: 'Residents shape decisions that affect them.', actions: [['Adopt a resident engagement strategy', 'the engagement strategy'], ['Run neighbourhood forums in every ward', 'neighbourhood forums'], ['Publish consultation outcomes', 'consultation feedback']] },
      { title: 'Voluntary and community sector', outcomes: 'A thriving voluntary sector with stable funding.', actions: [['Agree a compact with the voluntary sector', 'the voluntary sector compact'], ['Move community grants to three-year funding', 'community grants']] }
    ]
  },
  {
    code: 'CI',
    title: 'Continuous improvement',
    description: 'A council that learns, benchmarks itself and sustains improvement.',
    summary: 'The improvement plan is on track overall; assurance that changes are embedded is the next focus.',
    areas: [
      { title: 'Learning and benchmarking', outcomes: 'The council compares itself with others and acts on it.', actions: [['Join a benchmarking club with similar councils', 'benchmarking'], ['Commission a follow-up peer challenge', 'the follow-up peer challenge'], ['Share lessons learned across directorates', 'lessons learned']] },
      { title: 'Programme management', outcomes: 'Change is planned, resourced and tracked.', actions: [['Set up a programme management office', 'the programme office'], ['Adopt a change control process for the plan', 'change control'], ['Train project managers in the corporate method', 'project management training']] },
      { title: 'Digital and data', outcomes: 'Modern systems that support better services.', actions: [['Agree a digital strategy', 'the digital strategy'], ['Replace the legacy housing system', 'the housing system replacement'], ['Publish open data on council performance', 'open data']] }
    ]
  }
];

/** Steps that make up a deliverable; `{topic}` is replaced with the main action's topic. */
export const SUB_STEPS = [
  'Agree scope and terms of reference for {topic}',
  'Consult staff, members and partners on {topic}',
  'Report {topic} to Cabinet for approval',
  'Train the managers who will run {topic}',
  'Review the first six months of {topic}'
];

/** Commentary for each rating: what a lead officer would write. */
export const COMMENTARY: Record<string, string[]> = {
  Green: ['Work is on schedule and the next milestone is in hand.', 'Progress is as planned; the working group met this month and agreed the next steps.', 'On track: the draft has been shared with the portfolio holder.'],
  Amber: ['Slippage of about a month: the lead officer post was vacant until recently.', 'Consultation responses took longer to analyse than planned; a revised date will go to change control.', 'Dependent on the new finance system, which is delayed; mitigations agreed with the programme office.'],
  Red: ['Significantly behind: the external supplier withdrew and the work must be re-procured.', 'Not delivered by the due date because of capacity in the team; the director is reviewing resourcing.', 'Blocked by a legal challenge; the programme office has escalated to the Improvement Board.'],
  Complete: ['Completed and signed off by the Improvement Board.', 'Delivered; evidence is filed in the improvement library.'],
  NotStarted: ['Due to start next quarter once the previous stage completes.'],
  OnHold: ['Paused by the Improvement Board while the senior restructure completes.'],
  Closed: ['Closed at change control: superseded by the new corporate plan.']
};

/** Next steps lines. */
export const NEXT_STEPS = ['Present the draft to the Improvement Board next month.', 'Complete the staff consultation and analyse the responses.', 'Agree the final version with the portfolio holder.', 'Confirm resources with the director and update the timeline.'];

/** Risks of the programme: [title, description, mitigation]. */
export const RISKS: Array<[string, string, string]> = [
  ['Capacity to deliver the plan', 'Senior and specialist capacity may not be enough to deliver every action on time.', 'Interim support commissioned; the programme office prioritises actions monthly.'],
  ['Financial sustainability', 'Savings not delivered would reopen the budget gap.', 'Monthly savings tracker reported to Cabinet; contingency reserve kept.'],
  ['Member-officer relations', 'A breakdown in relations could stall decisions.', 'Protocol adopted; mediation available through the LGA.'],
  ['Data quality', 'Poor data may hide slippage or mislead members.', 'Data quality audits in key systems; exception reporting.'],
  ['Staff retention', 'Loss of key staff could delay delivery.', 'Retention payments for hard-to-fill roles; succession planning.'],
  ['Legal challenge', 'Decisions taken under the old constitution may be challenged.', 'Legal review of key decisions; training for decision makers.'],
  ['Partner confidence', 'Partners may disengage if progress is not visible.', 'Quarterly partnership updates; joint plan with health partners.'],
  ['Housing compliance', 'Homes may not meet safety standards while surveys complete.', 'Prioritised inspections; weekly compliance reporting.'],
  ['IT system replacement', 'The housing system replacement may overrun.', 'Independent assurance of the project; phased migration.'],
  ['Reputation', 'Negative coverage could undermine trust in the improvement.', 'Proactive communications plan; public progress reports.']
];

/** External recommendations: [code, source, title]. */
export const RECOMMENDATIONS: Array<[string, 'External auditor' | 'LGA peer challenge' | 'CIPFA review' | 'Direction' | 'Best Value Notice', string]> = [
  ['EA1', 'External auditor', 'Set a balanced medium-term budget with realistic savings'],
  ['EA2', 'External auditor', 'Strengthen arrangements for closing the accounts'],
  ['EA3', 'External auditor', 'Improve the management of corporate risk'],
  ['EA4', 'External auditor', 'Respond promptly to internal audit findings'],
  ['PC1', 'LGA peer challenge', 'Agree a shared vision between political and managerial leaders'],
  ['PC2', 'LGA peer challenge', 'Rebuild trust between members and officers'],
  ['PC3', 'LGA peer challenge', 'Invest in leadership and management development'],
  ['PC4', 'LGA peer challenge', 'Engage residents earlier in decisions'],
  ['CF1', 'CIPFA review', 'Introduce budget holder accountability and training'],
  ['CF2', 'CIPFA review', 'Rebuild reserves to a prudent level'],
  ['D1', 'Direction', 'Prepare and deliver an improvement plan approved by the Secretary of State'],
  ['D2', 'Direction', 'Review the constitution and scheme of delegation'],
  ['D3', 'Direction', 'Secure permanent senior leadership'],
  ['BV1', 'Best Value Notice', 'Demonstrate continuous improvement in service performance']
];
