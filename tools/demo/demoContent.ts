/**
 * The words of the demo plan for a fictional council, Northmoor Borough Council. Structures follow
 * real English improvement plans (seven Best Value themes, lettered areas of focus, coded actions);
 * every sentence here is written for this project.
 */
import type { DemoPermission, DemoPersona, DemoRecommendation } from './demoTypes';

/** How an action is delivered; decides the wording of its sub-actions, milestones and updates. */
export type ActionKind = 'strategy' | 'policy' | 'training' | 'system' | 'review' | 'process' | 'people' | 'engagement' | 'reporting';

/** One main action as the plan lists it: title, a topic noun phrase used in generated text, kind, detail. */
export type ActionSpec = [title: string, topic: string, kind: ActionKind, detail: string];

export interface AreaContent {
  title: string;
  /** Key of the officer in {@link PEOPLE} who leads the area of focus. */
  lead: string;
  description: string;
  outcomes: string;
  actions: ActionSpec[];
}

export interface ThemeContent {
  code: string;
  title: string;
  /** Key of the lead director in {@link PEOPLE}. */
  director: string;
  /** Keys of other officers who lead actions in this theme. */
  officers: string[];
  /** Cabinet portfolio holders (LeadMember text). */
  members: string[];
  description: string;
  /** Opening of the theme summary; counts are added by the generator. */
  summary: string;
  areas: AreaContent[];
}

export interface PersonContent {
  key: string;
  first: string;
  last: string;
  role: string;
  permission: DemoPermission;
  persona: DemoPersona;
  /** Display name prefix, e.g. "Cllr". */
  prefix?: string;
}

/** The people of the demo. Logins are first initial + surname at northmoor.gov.uk. */
export const PEOPLE: PersonContent[] = [
  { key: 'pshah', first: 'Priya', last: 'Shah', role: 'Head of Improvement and Programme Office', permission: 'Contribute', persona: 'pmo' },
  { key: 'tokafor', first: 'Tom', last: 'Okafor', role: 'Improvement Programme Officer', permission: 'Contribute', persona: 'pmo' },
  { key: 'hmarsh', first: 'Helen', last: 'Marsh', role: 'Chief Executive (Leadership theme)', permission: 'Contribute', persona: 'director' },
  { key: 'kboateng', first: 'Kwame', last: 'Boateng', role: 'Director of People and Organisational Development (Culture)', permission: 'Contribute', persona: 'director' },
  { key: 'skeane', first: 'Siobhan', last: 'Keane', role: 'Director of Law and Governance, Monitoring Officer (Governance)', permission: 'Contribute', persona: 'director' },
  { key: 'riyer', first: 'Rajesh', last: 'Iyer', role: 'Director of Finance, section 151 officer (Use of resources)', permission: 'Contribute', persona: 'director' },
  { key: 'cwhitfield', first: 'Claire', last: 'Whitfield', role: 'Director of Housing and Communities (Service delivery)', permission: 'Contribute', persona: 'director' },
  { key: 'iqureshi', first: 'Imran', last: 'Qureshi', role: 'Director of Place and Partnerships (Partnerships and community engagement)', permission: 'Contribute', persona: 'director' },
  { key: 'gpritchard', first: 'Gwen', last: 'Pritchard', role: 'Director of Transformation (Continuous improvement)', permission: 'Contribute', persona: 'director' },
  { key: 'abello', first: 'Aisha', last: 'Bello', role: 'Head of Organisational Development', permission: 'Contribute', persona: 'staff' },
  { key: 'dfrost', first: 'Daniel', last: 'Frost', role: 'Head of Democratic Services', permission: 'Contribute', persona: 'staff' },
  { key: 'mchen', first: 'Mei', last: 'Chen', role: 'Performance and Insight Manager', permission: 'Contribute', persona: 'staff' },
  { key: 'ogrant', first: 'Oliver', last: 'Grant', role: 'Head of Finance (deputy section 151 officer)', permission: 'Contribute', persona: 'staff' },
  { key: 'frahman', first: 'Fatima', last: 'Rahman', role: 'Head of HR', permission: 'Contribute', persona: 'staff' },
  { key: 'glloyd', first: 'Gareth', last: 'Lloyd', role: 'Head of Procurement and Commercial', permission: 'Contribute', persona: 'staff' },
  { key: 'hnovak', first: 'Hannah', last: 'Novak', role: 'Head of Customer Experience', permission: 'Contribute', persona: 'staff' },
  { key: 'isesay', first: 'Ibrahim', last: 'Sesay', role: 'Head of Housing Management', permission: 'Contribute', persona: 'staff' },
  { key: 'jwhitaker', first: 'Joanne', last: 'Whitaker', role: 'Policy and Partnerships Manager', permission: 'Contribute', persona: 'staff' },
  { key: 'lbrennan', first: 'Lukas', last: 'Brennan', role: 'Head of Audit, Risk and Assurance', permission: 'Contribute', persona: 'staff' },
  { key: 'nkowalski', first: 'Nadia', last: 'Kowalski', role: 'Community Engagement Manager', permission: 'Contribute', persona: 'staff' },
  { key: 'sadeyemi', first: 'Samuel', last: 'Adeyemi', role: 'Transformation Programme Manager', permission: 'Contribute', persona: 'staff' },
  { key: 'skhan', first: 'Sana', last: 'Khan', role: 'Strategy and Corporate Planning Manager', permission: 'Contribute', persona: 'staff' },
  { key: 'mholloway', first: 'Margaret', last: 'Holloway', role: 'Chair of Audit and Governance Committee', permission: 'Read', persona: 'member', prefix: 'Cllr' },
  { key: 'amehta', first: 'Arjun', last: 'Mehta', role: 'Chair of Overview and Scrutiny Committee', permission: 'Read', persona: 'member', prefix: 'Cllr' },
  { key: 'brhys', first: 'Bethan', last: 'Rhys', role: 'Opposition member of the Improvement Panel', permission: 'Read', persona: 'member', prefix: 'Cllr' }
];

const LEADER = 'Cllr Ruth Akande, Leader of the Council';
const DEPUTY = 'Cllr David Hargreaves, Deputy Leader and Cabinet Member for Corporate Services';
const FINANCE = 'Cllr Nasreen Chaudhry, Cabinet Member for Finance and Resources';
const HOUSING = 'Cllr Owen Fairbairn, Cabinet Member for Housing and Regeneration';
const COMMUNITIES = 'Cllr Grace Oduya, Cabinet Member for Communities and Partnerships';
const GOVERNANCE = 'Cllr Stephen Nolan, Cabinet Member for Governance and Transformation';
const CARE = 'Cllr Lorraine Barker, Cabinet Member for Adults and Health';

export const NORTHMOOR_THEMES: ThemeContent[] = [
  {
    code: 'LD',
    title: 'Leadership',
    director: 'hmarsh',
    officers: ['skhan', 'jwhitaker', 'abello'],
    members: [LEADER, DEPUTY],
    description: 'A stable, capable political and managerial leadership that sets a clear, prioritised direction for the council and owns the improvement journey.',
    summary: 'Leadership work centres on permanent senior appointments, the new council plan and a reset in member-officer relations, overseen by the Chief Executive and the Leader.',
    areas: [
      {
        title: 'Leadership and people development',
        lead: 'abello',
        description: 'Building a permanent senior team with the skills to lead a council under external scrutiny.',
        outcomes: 'No statutory post filled on an interim basis; every senior manager has development objectives; succession cover for critical roles.',
        actions: [
          ['Appoint a permanent chief executive and statutory officer team', 'the permanent senior appointments', 'people', 'Ends the reliance on interim statutory officers, which the peer team saw as a source of instability.'],
          ['Design and deliver a senior leadership development programme', 'the senior leadership development programme', 'training', 'A twelve-month programme for the top 60 managers covering financial literacy, risk and leading change.'],
          ['Introduce 360-degree feedback for directors and heads of service', '360-degree feedback for senior managers', 'process', 'Gives senior managers structured feedback from staff, peers and councillors, linked to their objectives.'],
          ['Agree succession plans for business-critical leadership roles', 'succession planning for critical roles', 'people', 'Identifies the roles where a single departure would stall delivery, and who could step up.'],
          ['Run joint Cabinet and leadership team development sessions', 'joint Cabinet and leadership team development', 'training', 'Quarterly facilitated sessions, supported by an LGA member peer, on shared priorities and ways of working.'],
          ['Set annual objectives for every director linked to the council plan', 'director objectives', 'process', 'Objectives agreed with the Leader and reviewed at mid-year, so accountability for the plan is personal.']
        ]
      },
      {
        title: 'Leadership processes and accountability',
        lead: 'skhan',
        description: 'How the leadership team takes, records and follows through its decisions.',
        outcomes: 'Decisions are recorded and tracked; every leadership paper carries finance, legal and risk advice; directorates are challenged quarterly.',
        actions: [
          ['Keep a leadership team decision and action log', 'the leadership team decision log', 'process', 'Records what the leadership team decides, who owns it and by when, and is shared with the Leader each week.'],
          ['Require finance, legal and risk sign-off on every leadership team paper', 'statutory officer sign-off for leadership papers', 'process', 'No paper reaches the leadership team without comments from the section 151 officer, the Monitoring Officer and the risk lead.'],
          ['Refresh the officer accountability framework', 'the officer accountability framework', 'policy', 'Clarifies which decisions sit with directors, heads of service and managers, and how each is recorded.'],
          ['Hold quarterly directorate performance and budget challenge sessions', 'the directorate challenge sessions', 'reporting', 'The Chief Executive and section 151 officer challenge each directorate on delivery, spend and risk.'],
          ['Review the capacity of the corporate centre to support improvement', 'the corporate centre capacity review', 'review', 'Tests whether the policy, performance, finance and HR teams can support change on the scale the plan requires.']
        ]
      },
      {
        title: 'Council plan and strategic direction',
        lead: 'skhan',
        description: 'A short, prioritised council plan that members, staff, partners and residents recognise.',
        outcomes: 'An adopted four-year council plan; an annual delivery plan; service plans and budgets that follow the priorities.',
        actions: [
          ['Agree a four-year council plan with clear, prioritised outcomes', 'the council plan 2026 to 2030', 'strategy', 'Replaces a plan that listed 41 priorities with six outcomes that members and residents can remember.'],
          ['Publish an annual delivery plan with measurable milestones', 'the annual delivery plan', 'reporting', 'Turns the council plan into dated deliverables, each owned by a named director.'],
          ['Create a golden thread from the council plan to team plans', 'the golden thread of plans', 'process', 'Every service plan and personal objective should show which council plan outcome it supports.'],
          ['Align the medium-term financial strategy with council plan priorities', 'the alignment of the budget with the council plan', 'strategy', 'Budget options are tested against the priorities so that money follows what matters most.'],
          ['Design the Future Northmoor operating model', 'the Future Northmoor operating model', 'strategy', 'Describes the shape of the council in 2028: smaller, digital by default and organised around neighbourhoods.'],
          ['Hold an annual State of the Borough debate at full Council', 'the State of the Borough debate', 'engagement', 'An open debate on progress against the council plan, with evidence from partners and residents.']
        ]
      },
      {
        title: 'Member and officer relationships',
        lead: 'jwhitaker',
        description: 'Respectful, well-understood roles between councillors and officers across all political groups.',
        outcomes: 'A protocol that members and officers follow; opposition groups briefed before key decisions; casework answered on time.',
        actions: [
          ['Revise the member-officer protocol and relaunch it with training', 'the member-officer protocol', 'policy', 'Sets out respective roles, how concerns are raised and how ward casework is handled.'],
          ['Hold monthly group leader meetings with the Chief Executive', 'the group leaders meetings', 'process', 'Cross-party meetings so that every group is briefed on key decisions before they are taken.'],
          ['Introduce a members enquiry service with response standards', 'the members enquiry service', 'system', 'A single route for councillor casework with a ten working day response standard and monthly reporting.'],
          ['Commission an independent review of member-officer relations', 'the independent review of member-officer relations', 'review', 'An external check, a year on, of whether relations have improved since the peer challenge.'],
          ['Agree a joint statement from the Leader and Chief Executive on working together', 'the joint leadership statement', 'engagement', 'A visible commitment to respectful working, shared with every member and member of staff.']
        ]
      }
    ]
  },
  {
    code: 'CU',
    title: 'Culture',
    director: 'kboateng',
    officers: ['frahman', 'abello'],
    members: [DEPUTY, LEADER],
    description: 'An open, respectful organisation where staff feel valued, raise concerns early and are managed fairly.',
    summary: 'Culture work runs through the staff values, fair and timely HR casework and a stronger staff voice; the annual engagement survey is the main measure of progress.',
    areas: [
      {
        title: 'Values and behaviours',
        lead: 'abello',
        description: 'Values that staff and members live rather than display on posters.',
        outcomes: 'Values built into recruitment and appraisal; a behaviours framework for managers; staff recognise the values in the survey.',
        actions: [
          ['Co-design new organisational values with staff at every level', 'the new organisational values', 'engagement', 'Values drawn from 45 listening sessions rather than imposed, so that staff recognise them.'],
          ['Build the values into recruitment, induction and appraisal', 'values-based recruitment and appraisal', 'process', 'Candidates and staff are assessed against the behaviours as well as the technical demands of the role.'],
          ['Launch a staff recognition scheme linked to the values', 'the staff recognition scheme', 'engagement', 'Monthly and annual awards nominated by colleagues and by residents.'],
          ['Publish a behaviours framework for managers', 'the management behaviours framework', 'policy', 'Describes what good, acceptable and unacceptable management behaviour looks like in practice.'],
          ['Establish culture champions in every directorate', 'the culture champions network', 'training', 'A network of 40 volunteers who test ideas, carry messages and report back what staff are saying.'],
          ['Adopt a dignity at work policy', 'the dignity at work policy', 'policy', 'Replaces the bullying and harassment procedure with a policy that stresses early, informal resolution.']
        ]
      },
      {
        title: 'People policies and HR processes',
        lead: 'frahman',
        description: 'Fair and timely HR processes that staff and managers trust.',
        outcomes: 'Casework closed within agreed timescales; agency spend reduced; reliable workforce data from a modern system.',
        actions: [
          ['Clear the backlog of HR casework and set casework timescales', 'the HR casework backlog', 'process', 'At the start of the plan 63 disciplinary, grievance and capability cases were open, some for over a year.'],
          ['Adopt a workforce strategy for 2026 to 2029', 'the workforce strategy', 'strategy', 'Covers recruitment, retention, skills and a planned reduction in agency spend.'],
          ['Reduce agency and interim spend through a vacancy panel', 'the weekly vacancy panel', 'process', 'Every agency and interim request goes to the panel with a business case and an exit date.'],
          ['Replace the HR and payroll system', 'the new HR and payroll system', 'system', 'A cloud system with manager self-service and workforce data that can be trusted.'],
          ['Train all line managers in managing attendance and casework', 'manager training on attendance and casework', 'training', 'Mandatory training so that cases are handled early and consistently across directorates.'],
          ['Review the pay and grading structure', 'the pay and grading review', 'review', 'Responds to persistent recruitment difficulties in planning, legal and social work roles.']
        ]
      },
      {
        title: 'Staff voice and engagement',
        lead: 'abello',
        description: 'Staff are listened to, can speak up safely and see what changes as a result.',
        outcomes: 'Survey response above 60%; action plans published for every directorate; speak-up themes reported to members.',
        actions: [
          ['Run an annual staff engagement survey and act on the results', 'the staff engagement survey', 'review', 'The last survey had a 38% response rate; the aim is 60% with an action plan for every directorate.'],
          ['Refresh whistleblowing arrangements and appoint speak-up guardians', 'the speak-up arrangements', 'policy', 'An independent route for staff to raise concerns, with themes reported to Audit and Governance Committee.'],
          ['Hold quarterly Chief Executive briefings for all staff', 'the Chief Executive staff briefings', 'engagement', 'In-person and online briefings with open questions, recorded for staff who work on the front line.'],
          ['Introduce pulse surveys between annual surveys', 'the quarterly pulse surveys', 'reporting', 'Short surveys with results reported by directorate each quarter.'],
          ['Establish a joint staff forum with the recognised trade unions', 'the joint staff forum', 'process', 'Proposals that affect staff are discussed here before decisions are taken.']
        ]
      },
      {
        title: 'Equality, diversity and inclusion',
        lead: 'frahman',
        description: 'An inclusive employer and a council that considers equality in every decision.',
        outcomes: 'An adopted EDI strategy; progress on the LGA Equality Framework; published pay gap data with actions.',
        actions: [
          ['Adopt an equality, diversity and inclusion strategy', 'the EDI strategy', 'strategy', 'Sets equality objectives for the council as an employer and as a service provider.'],
          ['Complete a self-assessment against the LGA Equality Framework', 'the Equality Framework self-assessment', 'review', 'Aims for the Developing level within 18 months and Achieving by 2028.'],
          ['Give staff networks protected time and director sponsors', 'support for staff networks', 'engagement', 'Each network has a director sponsor and agreed time for its chair and committee.'],
          ['Publish workforce diversity and pay gap data every year', 'the workforce diversity and pay gap report', 'reporting', 'Covers gender, ethnicity and disability pay gaps with actions to close them.'],
          ['Refresh equality impact assessment guidance and training', 'equality impact assessment practice', 'training', 'So that every key decision report carries a proportionate, evidence-based assessment.']
        ]
      }
    ]
  },
  {
    code: 'GV',
    title: 'Governance',
    director: 'skeane',
    officers: ['dfrost', 'lbrennan'],
    members: [GOVERNANCE, LEADER],
    description: 'Decision-making that is lawful, transparent and properly challenged, with effective scrutiny, audit and risk management.',
    summary: 'Governance work covers the constitution, scrutiny, member development and risk management; Audit and Governance Committee reviews progress every quarter.',
    areas: [
      {
        title: 'Constitution and decision-making',
        lead: 'dfrost',
        description: 'A current, clear constitution and decisions that are properly prepared, published and recorded.',
        outcomes: 'Constitution reviewed in full; key decisions published 28 days ahead; reports carry statutory officer advice.',
        actions: [
          ['Complete a full review of the constitution', 'the constitution review', 'review', 'The constitution had not been reviewed in full since 2014 and contains provisions that contradict each other.'],
          ['Revise the council and executive procedure rules', 'the revised procedure rules', 'policy', 'Simplifies the rules on motions, questions and call-in that members said were unclear.'],
          ['Introduce a standard decision report template', 'the decision report template', 'process', 'Makes sure decision makers see options, implications and statutory officer comments every time.'],
          ['Publish a forward plan of key decisions at least 28 days ahead', 'the forward plan of key decisions', 'process', 'Answers the auditor finding that some key decisions were taken without proper notice.'],
          ['Revise the financial and contract procedure rules', 'the financial and contract procedure rules', 'policy', 'Brings thresholds and waivers into line with the Procurement Act 2023.'],
          ['Train report authors in writing for decision makers', 'report writing training', 'training', 'For the 120 officers who write committee reports, with a quality check on their first reports.']
        ]
      },
      {
        title: 'Scrutiny and audit',
        lead: 'lbrennan',
        description: 'Challenge that improves decisions before they are taken and assurance that controls work.',
        outcomes: 'A focused scrutiny work programme; independent members on audit committee; internal audit actions closed on time.',
        actions: [
          ['Agree a focused scrutiny work programme aligned to council priorities', 'the scrutiny work programme', 'process', 'Fewer items, chosen for impact, with pre-decision scrutiny of the largest decisions.'],
          ['Appoint two independent members to the Audit and Governance Committee', 'the independent audit committee members', 'people', 'Follows CIPFA guidance and strengthens the committee\u2019s financial expertise.'],
          ['Adopt an executive-scrutiny protocol', 'the executive-scrutiny protocol', 'policy', 'Sets out how Cabinet members attend scrutiny and respond to its recommendations.'],
          ['Track and report responses to scrutiny recommendations', 'the scrutiny recommendations tracker', 'reporting', 'Each recommendation gets a Cabinet response and a follow-up six months later.'],
          ['Complete a self-assessment of the Audit and Governance Committee', 'the audit committee self-assessment', 'review', 'Measured against the CIPFA position statement, with an action plan for the gaps.'],
          ['Bring overdue internal audit recommendations up to date', 'the overdue internal audit actions', 'process', 'At the start of the plan 71 high and medium priority recommendations were past their due date.']
        ]
      },
      {
        title: 'Member development',
        lead: 'dfrost',
        description: 'Councillors with the knowledge and support to lead, decide and scrutinise well.',
        outcomes: 'A member development programme for the whole term; finance training before budget setting; an induction ready for 2027.',
        actions: [
          ['Deliver a member development programme for the full term', 'the member development programme', 'training', 'A four-year programme agreed by a cross-party member development group.'],
          ['Provide finance training for all members before budget setting', 'member finance training', 'training', 'Covers the budget, reserves, capital and treasury management so that members can challenge the budget.'],
          ['Offer personal development plans to councillors', 'councillor development plans', 'process', 'Voluntary one-to-one conversations with each councillor about their role and what support they need.'],
          ['Redesign member induction for the May 2027 elections', 'the 2027 member induction', 'training', 'A phased induction covering the first 100 days after the elections.'],
          ['Refresh the member code of conduct and standards arrangements', 'the member code of conduct', 'policy', 'Adopts the LGA model code and speeds up the handling of standards complaints.']
        ]
      },
      {
        title: 'Risk management and internal control',
        lead: 'lbrennan',
        description: 'Risks that are known, owned and reported, and controls that are tested.',
        outcomes: 'A refreshed corporate risk register; directorate registers reviewed monthly; an evidence-based annual governance statement.',
        actions: [
          ['Refresh the risk management strategy and corporate risk register', 'the corporate risk register', 'strategy', 'Risks are scored consistently on a four by four matrix, each with an owner and mitigations.'],
          ['Embed directorate risk registers reviewed every month', 'the directorate risk registers', 'process', 'Each directorate management team reviews its risks monthly and escalates where scores rise.'],
          ['Strengthen the annual governance statement process', 'the annual governance statement', 'process', 'Built on signed assurance statements from each director and evidence from internal audit.'],
          ['Review information governance and data protection compliance', 'information governance compliance', 'review', 'Follows a reprimand from the Information Commissioner about late subject access responses.'],
          ['Adopt an anti-fraud and corruption strategy', 'the anti-fraud and corruption strategy', 'policy', 'Includes a fraud risk assessment and an annual report to audit committee.']
        ]
      }
    ]
  },
  {
    code: 'UR',
    title: 'Use of resources',
    director: 'riyer',
    officers: ['ogrant', 'glloyd'],
    members: [FINANCE],
    description: 'Sound financial planning and control, value for money in procurement and an estate that supports services.',
    summary: 'Use of resources work focuses on closing the medium-term budget gap, rebuilding reserves, budget control and procurement; the section 151 officer reports monthly to Cabinet.',
    areas: [
      {
        title: 'Financial planning',
        lead: 'ogrant',
        description: 'A balanced medium-term budget built on realistic assumptions and prudent reserves.',
        outcomes: 'A balanced medium-term financial strategy; reserves at the risk-assessed minimum; savings tracked monthly.',
        actions: [
          ['Agree a balanced medium-term financial strategy to 2029/30', 'the medium-term financial strategy', 'strategy', 'Closes a forecast gap of \u00a324.7m over three years without relying on one-off measures.'],
          ['Rebuild the general fund reserve to the risk-assessed minimum', 'the reserves recovery plan', 'strategy', 'Unallocated reserves fell to \u00a36.1m against a risk-assessed minimum of \u00a312m.'],
          ['Carry out zero-based budget reviews of the highest-spending services', 'the zero-based budget reviews', 'review', 'Starting with temporary accommodation, home to school transport and children\u2019s placements.'],
          ['Produce a ten-year capital strategy with a prioritised pipeline', 'the capital strategy', 'strategy', 'Every scheme has a business case and shows the revenue cost of borrowing.'],
          ['Report a savings tracker to Cabinet every month', 'the savings tracker', 'reporting', 'Each saving has an owner, a delivery plan and a RAG rating.'],
          ['Review the treasury management strategy and borrowing', 'the treasury management strategy', 'review', 'Tests the affordability of borrowing taken out for commercial property.']
        ]
      },
      {
        title: 'Financial control and budget management',
        lead: 'ogrant',
        description: 'Budget holders who own their budgets and controls that prevent overspends.',
        outcomes: 'Accounts closed and audited on time; monthly forecasts from every budget holder; spend controls applied consistently.',
        actions: [
          ['Close the accounts on time and clear the audit backlog', 'the statement of accounts', 'process', 'Two years of accounts remain unaudited; the aim is to meet the statutory backstop dates.'],
          ['Introduce monthly forecasts from every budget holder', 'monthly budget monitoring', 'reporting', 'Budget holders sign off forecasts in the finance system by working day eight.'],
          ['Deliver mandatory training for budget holders', 'budget holder training', 'training', 'Covers forecasting, virements and what happens when a budget overspends.'],
          ['Apply spending controls through a value for money panel', 'the value for money panel', 'process', 'All non-pay spend over \u00a35,000 is checked before an order is raised.'],
          ['Upgrade the finance system and automate reconciliations', 'the finance system upgrade', 'system', 'Cuts manual journals and the effort needed at each month end.'],
          ['Review the finance team structure and capacity', 'the finance team restructure', 'people', 'Fills key posts permanently and ends reliance on interim accountants.']
        ]
      },
      {
        title: 'Procurement and contract management',
        lead: 'glloyd',
        description: 'Procurement that is planned, compliant and delivers value, and contracts that are actively managed.',
        outcomes: 'A published pipeline; the Procurement Act in force across the council; fewer waivers and less off-contract spend.',
        actions: [
          ['Publish a procurement pipeline for contracts over \u00a3100,000', 'the procurement pipeline', 'reporting', 'Gives members and suppliers sight of upcoming procurement and avoids last-minute extensions.'],
          ['Implement the Procurement Act 2023 across all directorates', 'Procurement Act implementation', 'training', 'Updates processes, templates and notices and trains commissioning officers.'],
          ['Introduce contract management standards for the top 50 contracts', 'the contract management standards', 'process', 'Each high-value contract has a named manager, a risk rating and a quarterly review.'],
          ['Reduce off-contract spend and procurement waivers', 'off-contract spend and waivers', 'process', 'Waivers are reported every quarter to Audit and Governance Committee.'],
          ['Complete a commercial capability self-assessment and peer review', 'the commercial self-assessment', 'review', 'Uses the national commercial assessment framework to test the council\u2019s maturity.']
        ]
      },
      {
        title: 'Assets and commercial activity',
        lead: 'glloyd',
        description: 'An estate that is the right size for services and companies that are properly overseen.',
        outcomes: 'Fewer operational buildings; capital receipts delivered; clear shareholder arrangements for council companies.',
        actions: [
          ['Agree an asset management strategy and rationalise the operational estate', 'the asset management strategy', 'strategy', 'Reduces operational buildings from 64 to 45 by 2028.'],
          ['Deliver a programme of surplus asset disposals', 'the asset disposal programme', 'process', 'Targets \u00a315m of capital receipts to reduce borrowing.'],
          ['Review the governance of council-owned companies', 'the review of company governance', 'review', 'Covers Northmoor Homes Ltd and the leisure trust, including the shareholder committee.'],
          ['Review fees and charges against full cost recovery', 'the fees and charges review', 'review', 'Benchmarks charges against neighbouring councils and sets a policy for annual uplifts.']
        ]
      }
    ]
  },
  {
    code: 'SD',
    title: 'Service delivery',
    director: 'cwhitfield',
    officers: ['hnovak', 'isesay', 'mchen'],
    members: [HOUSING, CARE, COMMUNITIES],
    description: 'Services that meet residents\u2019 needs, are informed by reliable data and customer feedback, and stand up to external inspection.',
    summary: 'Service delivery work focuses on performance information, complaint handling, housing repairs and building safety, and readiness for inspection.',
    areas: [
      {
        title: 'Service planning and performance',
        lead: 'mchen',
        description: 'Reliable performance information that drives decisions at every level.',
        outcomes: 'A corporate performance framework; service plans for every service; data quality audits passed in key systems.',
        actions: [
          ['Adopt a corporate performance management framework', 'the performance management framework', 'strategy', 'A balanced set of indicators with targets, reported quarterly to Cabinet and scrutiny.'],
          ['Produce a service plan for every service linked to the council plan', 'the service plans', 'process', 'A standard template covering priorities, resources, risks and measures.'],
          ['Improve data quality in social care, housing and revenues systems', 'data quality in key systems', 'process', 'Audits found gaps in three of the five systems used for statutory returns.'],
          ['Build performance dashboards for managers and members', 'the performance dashboards', 'system', 'Near real-time dashboards in place of spreadsheets compiled by hand.'],
          ['Publish a quarterly performance report to Cabinet and scrutiny', 'the quarterly performance report', 'reporting', 'Shows exceptions, trends and comparison with similar councils.'],
          ['Introduce quarterly service reviews led by the Chief Executive', 'the quarterly service reviews', 'process', 'Each head of service presents performance, budget and risk with a focus on improvement.']
        ]
      },
      {
        title: 'Customer experience and complaints',
        lead: 'hnovak',
        description: 'Residents get timely answers, fair complaint handling and services that learn from feedback.',
        outcomes: 'Ombudsman codes met; call abandonment below 10%; resident satisfaction measured and rising.',
        actions: [
          ['Meet the Ombudsman complaint handling codes', 'compliance with the complaint handling codes', 'process', 'Stage one responses averaged 19 working days against a target of ten.'],
          ['Redesign the contact centre and telephone routing', 'the contact centre redesign', 'process', 'Call abandonment reached 28% at peak times last winter.'],
          ['Adopt a customer experience strategy', 'the customer experience strategy', 'strategy', 'Sets service standards across every channel: digital first, but not digital only.'],
          ['Introduce regular resident satisfaction tracking', 'resident satisfaction tracking', 'reporting', 'A twice-yearly resident survey plus short surveys after contact.'],
          ['Report lessons from complaints every quarter', 'the complaints learning report', 'reporting', 'Themes from complaints and Ombudsman findings reported to the leadership team and scrutiny.']
        ]
      },
      {
        title: 'Housing and regulatory services',
        lead: 'isesay',
        description: 'Safe, decent council homes and regulatory services that keep pace with demand.',
        outcomes: 'All homes surveyed; repairs within target; full building safety compliance; no families in B&B beyond six weeks.',
        actions: [
          ['Complete stock condition surveys of all council homes', 'the stock condition surveys', 'review', 'Only 42% of homes had a survey less than five years old.'],
          ['Bring housing repairs back within target times', 'the repairs recovery plan', 'process', 'The backlog peaked at 4,800 open jobs, with damp and mould cases now prioritised.'],
          ['Reduce the use of bed and breakfast for homeless families', 'the temporary accommodation plan', 'strategy', 'No family should stay in bed and breakfast for more than six weeks.'],
          ['Clear the planning enforcement backlog', 'the planning enforcement backlog', 'process', 'More than 600 enforcement complaints were waiting for a first visit.'],
          ['Achieve full compliance with landlord building safety checks', 'landlord safety compliance', 'process', 'Gas, electrical, fire, water and lift checks are reported monthly to Cabinet.']
        ]
      },
      {
        title: 'External reviews and inspection readiness',
        lead: 'mchen',
        description: 'A council that knows itself, prepares for inspection and acts on what regulators find.',
        outcomes: 'Self-assessments in place; one register of regulator findings; improvement plans agreed after each visit.',
        actions: [
          ['Prepare for the CQC assessment of adult social care', 'CQC assessment readiness', 'review', 'Self-assessment, evidence library and a mock inspection ahead of the expected assessment.'],
          ['Respond to the Regulator of Social Housing consumer standards', 'the consumer standards action plan', 'process', 'Follows a self-referral on damp and mould and repairs performance.'],
          ['Track regulator and inspectorate recommendations in one register', 'the regulatory recommendations register', 'reporting', 'Brings Ofsted, CQC, Ombudsman and regulator findings into one place.'],
          ['Commission an independent review of SEND transport', 'the SEND transport review', 'review', 'Responds to complaints from parents about late and missed journeys.'],
          ['Agree a children\u2019s services improvement plan after the focused visit', 'the children\u2019s services improvement plan', 'strategy', 'Addresses the areas for improvement that Ofsted identified in its focused visit.']
        ]
      }
    ]
  },
  {
    code: 'PC',
    title: 'Partnerships and community engagement',
    director: 'iqureshi',
    officers: ['jwhitaker', 'nkowalski'],
    members: [COMMUNITIES, LEADER, CARE],
    description: 'A shared vision for the borough, partnerships that deliver and residents who shape the decisions that affect them.',
    summary: 'Partnership work covers the Northmoor 2040 vision, a simpler set of partnership boards and a stronger voice for residents and the voluntary sector.',
    areas: [
      {
        title: 'A shared vision for the borough',
        lead: 'jwhitaker',
        description: 'A long-term vision for Northmoor developed with residents, businesses and partners.',
        outcomes: 'An agreed 2040 vision; a regeneration framework for the town centres; plans that partners sign up to.',
        actions: [
          ['Develop a shared Northmoor 2040 vision with residents and partners', 'the Northmoor 2040 vision', 'engagement', 'A long-term vision agreed with health, police, business and community partners.'],
          ['Hold a borough-wide conversation with residents about the future', 'the Our Northmoor conversation', 'engagement', 'Online survey, street stalls and sessions with groups that are seldom heard.'],
          ['Agree a regeneration framework for Northmoor and Eastfield town centres', 'the town centre regeneration framework', 'strategy', 'Coordinates investment from the council, developers and government funds.'],
          ['Adopt an inclusive economic growth strategy', 'the economic growth strategy', 'strategy', 'Focuses on skills, business rates growth and good jobs for local people.'],
          ['Bring the local plan timetable up to date', 'the local plan timetable', 'process', 'The local development scheme is out of date and the local plan has fallen behind.'],
          ['Publish a climate action plan with annual carbon reporting', 'the climate action plan', 'strategy', 'Shows how the council will meet its 2040 net zero commitment.'],
          ['Produce neighbourhood profiles for each of the eight localities', 'the neighbourhood profiles', 'reporting', 'Data on population, need and community assets to plan services locally.']
        ]
      },
      {
        title: 'Partnership planning and governance',
        lead: 'jwhitaker',
        description: 'Fewer, stronger partnerships with clear purpose, governance and shared plans.',
        outcomes: 'A refreshed partnership board; duplication removed; a joint plan with health partners; data shared lawfully.',
        actions: [
          ['Relaunch the Northmoor Partnership Board with new terms of reference', 'the Northmoor Partnership Board', 'process', 'The board had not met for ten months and attendance had fallen away.'],
          ['Review all partnership boards and remove duplication', 'the partnership boards review', 'review', 'Thirty-two partnership groups were found, many with overlapping membership.'],
          ['Agree a joint health and care plan with the integrated care board', 'the joint health and care plan', 'strategy', 'Priorities for hospital discharge, prevention and mental health in the borough.'],
          ['Strengthen the community safety partnership', 'the community safety partnership', 'process', 'Refreshes the strategic assessment and the partnership plan with the police.'],
          ['Adopt a partnership governance framework', 'the partnership governance framework', 'policy', 'Sets out how the council enters, reviews and leaves partnerships, including risk and funding.'],
          ['Hold an annual partnership summit', 'the partnership summit', 'engagement', 'Partners review progress on the shared vision once a year.'],
          ['Agree data-sharing agreements with key partners', 'the partner data-sharing agreements', 'policy', 'Allows joint analysis of demand with health, police and housing associations.']
        ]
      },
      {
        title: 'Community engagement and the voluntary sector',
        lead: 'nkowalski',
        description: 'Residents involved early and a voluntary sector that is a trusted partner.',
        outcomes: 'An engagement strategy in use; feedback published for every consultation; three-year grants in place.',
        actions: [
          ['Adopt a resident engagement and consultation strategy', 'the resident engagement strategy', 'strategy', 'Sets standards for how and when residents are involved in decisions.'],
          ['Launch an online consultation hub', 'the consultation hub', 'system', 'One place for every consultation, with published feedback on what changed.'],
          ['Run neighbourhood forums in every locality', 'the neighbourhood forums', 'engagement', 'Quarterly forums chaired by ward councillors, with partners attending.'],
          ['Agree a compact with the voluntary and community sector', 'the voluntary sector compact', 'policy', 'Principles for funding, commissioning and consultation with the sector.'],
          ['Move community grants to three-year funding agreements', 'three-year community grants', 'process', 'Gives voluntary groups stability and reduces annual bidding.'],
          ['Publish feedback on the outcome of every consultation', 'consultation feedback', 'reporting', 'Residents told the peer team they never heard what happened to their views.'],
          ['Establish a young people\u2019s advisory panel', 'the young people\u2019s advisory panel', 'engagement', 'Gives 14 to 21 year olds a direct voice to Cabinet.']
        ]
      }
    ]
  },
  {
    code: 'CI',
    title: 'Continuous improvement',
    director: 'gpritchard',
    officers: ['sadeyemi', 'mchen', 'frahman'],
    members: [GOVERNANCE, DEPUTY],
    description: 'A council that manages change well, compares itself with others, manages staff performance and acts on external findings.',
    summary: 'Continuous improvement work covers the programme office, change control, benchmarking, staff appraisal and assurance that completed actions stay embedded.',
    areas: [
      {
        title: 'Embedding continuous improvement',
        lead: 'sadeyemi',
        description: 'Programme and project disciplines that make change visible, resourced and controlled.',
        outcomes: 'A programme office; change control for the plan; a proportionate project method with gateways.',
        actions: [
          ['Set up a corporate programme management office', 'the corporate programme office', 'people', 'Provides programme management, change control and reporting for the improvement plan.'],
          ['Run change control for the improvement plan', 'improvement plan change control', 'process', 'Every change to scope or timescale is logged, justified and approved.'],
          ['Introduce a corporate project method with gateway reviews', 'the corporate project method', 'process', 'Proportionate gateways for every project over \u00a3250,000.'],
          ['Train managers in service improvement techniques', 'service improvement training', 'training', 'Lean and systems thinking training for 80 managers.'],
          ['Run a rolling programme of service reviews', 'the rolling service reviews', 'review', 'Three services a year reviewed for cost, quality and demand.'],
          ['Report plan progress monthly to the Improvement Panel', 'improvement plan reporting', 'reporting', 'Monthly to the panel, quarterly to Cabinet and scrutiny, six-monthly to the ministry.']
        ]
      },
      {
        title: 'Benchmarking and learning from others',
        lead: 'mchen',
        description: 'Comparing cost and performance with similar councils and learning from those that have improved.',
        outcomes: 'Membership of a benchmarking club; comparative data in every review; a follow-up peer challenge.',
        actions: [
          ['Join a benchmarking club with comparable councils', 'the benchmarking club', 'process', 'Compares cost and performance with 15 statistical neighbours.'],
          ['Use comparative cost and performance data in every service review', 'comparative data in service reviews', 'process', 'Every review includes unit cost and performance comparisons.'],
          ['Commission an LGA follow-up peer challenge', 'the follow-up peer challenge', 'review', 'Tests progress against the original recommendations about 18 months in.'],
          ['Arrange learning visits to councils that have left intervention', 'the peer learning visits', 'engagement', 'Visits to two councils that have completed their improvement journeys.'],
          ['Publish an annual value for money statement', 'the value for money statement', 'reporting', 'Shows unit costs and outcomes for the main services.']
        ]
      },
      {
        title: 'Staff performance management',
        lead: 'frahman',
        description: 'Every member of staff has clear objectives, regular conversations and the chance to develop.',
        outcomes: 'Appraisal completion above 95%; a fair capability procedure; a learning system that records training.',
        actions: [
          ['Introduce an appraisal scheme built on regular conversations', 'the new appraisal scheme', 'policy', 'Replaces the annual form with quarterly check-ins linked to objectives and values.'],
          ['Achieve 95% appraisal completion with reporting by directorate', 'appraisal completion', 'reporting', 'Completion was 54% last year.'],
          ['Adopt a capability and underperformance procedure', 'the capability procedure', 'policy', 'Gives managers a clear, fair route to address underperformance.'],
          ['Launch a development programme for first-line managers', 'the first-line manager programme', 'training', 'A modular programme for 300 team leaders and managers.'],
          ['Introduce a learning management system', 'the learning management system', 'system', 'Records mandatory and development training for every member of staff.']
        ]
      },
      {
        title: 'Acting on external review findings',
        lead: 'sadeyemi',
        description: 'Every external recommendation is answered, evidenced and embedded.',
        outcomes: 'Each recommendation mapped to actions; on-time reports to the ministry; assurance that completed actions stick.',
        actions: [
          ['Map every external recommendation to actions in the plan', 'the recommendations map', 'reporting', 'Shows which actions answer each auditor, LGA, CIPFA and Direction recommendation.'],
          ['Report progress on the Directions to the ministry every six months', 'the six-monthly report to the ministry', 'reporting', 'A report agreed by Council and sent with a covering letter from the Leader.'],
          ['Test that completed actions are embedded through assurance reviews', 'the assurance reviews', 'review', 'Internal audit checks a sample of completed actions each quarter.'],
          ['Agree an exit strategy from the Improvement Panel arrangements', 'the exit strategy', 'strategy', 'Sets out the evidence the panel needs to see before it steps back.'],
          ['Respond to the external auditor\u2019s annual report recommendations', 'the response to the auditor\u2019s annual report', 'process', 'Each statutory and key recommendation has a management response and an owner.']
        ]
      }
    ]
  }
];

/** Sub-action stages by kind, in delivery order. `{topic}` is the main action's topic. */
export const SUB_STAGES: Record<ActionKind, string[]> = {
  strategy: [
    'Gather evidence and baseline data for {topic}',
    'Hold workshops with members and senior managers to shape {topic}',
    'Draft {topic} and test it with the Improvement Panel',
    'Consult residents, staff and partners on the draft of {topic}',
    'Take {topic} to Cabinet for approval',
    'Publish {topic} with a delivery plan and measures'
  ],
  policy: [
    'Benchmark {topic} against comparable councils',
    'Draft {topic} with legal and HR advice',
    'Consult the trade unions and staff networks on {topic}',
    'Secure committee approval of {topic}',
    'Brief managers and publish {topic} on the intranet',
    'Audit compliance with {topic} after six months'
  ],
  training: [
    'Complete a training needs analysis for {topic}',
    'Commission or design the content of {topic}',
    'Deliver the first cohort of {topic}',
    'Extend {topic} to the remaining managers and members',
    'Evaluate attendance and feedback on {topic}'
  ],
  system: [
    'Confirm requirements and the business case for {topic}',
    'Complete procurement and appoint a supplier for {topic}',
    'Cleanse and migrate the data for {topic}',
    'Test and go live with {topic}',
    'Train users and retire the old processes replaced by {topic}'
  ],
  review: [
    'Agree terms of reference and scope for {topic}',
    'Gather evidence and interview stakeholders for {topic}',
    'Report the findings of {topic} to the leadership team',
    'Agree an action plan in response to {topic}',
    'Report progress on {topic} to Audit and Governance Committee'
  ],
  process: [
    'Map the current position on {topic}',
    'Agree the approach and targets for {topic}',
    'Test the new approach to {topic} in one service',
    'Apply the new approach to {topic} across the council',
    'Report monthly on progress with {topic}'
  ],
  people: [
    'Agree role profiles and the structure for {topic}',
    'Consult affected staff on {topic}',
    'Run the recruitment campaign for {topic}',
    'Complete induction and set objectives for {topic}',
    'Stand down interim arrangements and close the project for {topic}'
  ],
  engagement: [
    'Map stakeholders and existing forums for {topic}',
    'Co-design {topic} with the people it is for',
    'Hold launch events for {topic}',
    'Publish what we heard and what changed through {topic}',
    'Evaluate the reach of and feedback on {topic}'
  ],
  reporting: [
    'Define the measures and data sources for {topic}',
    'Build the template and dashboard for {topic}',
    'Present {topic} to Cabinet and scrutiny for the first time',
    'Build {topic} into the quarterly reporting cycle'
  ]
};

/** Milestones by kind; the generator uses one to three of them, in order. */
export const MILESTONES: Record<ActionKind, string[]> = {
  strategy: ['Draft of {topic} to the leadership team', 'Consultation on {topic} closes', 'Cabinet approval of {topic}', 'First annual review of {topic}'],
  policy: ['Draft of {topic} shared with the trade unions', 'Committee approval of {topic}', 'Managers briefed on {topic}'],
  training: ['Content signed off for {topic}', 'First cohort completes {topic}', '80% of the target group through {topic}'],
  system: ['Supplier appointed for {topic}', 'User acceptance testing of {topic} complete', 'Go-live of {topic}'],
  review: ['Terms of reference agreed for {topic}', 'Findings of {topic} reported', 'Action plan from {topic} approved'],
  process: ['Approach and targets agreed for {topic}', 'Mid-point review of {topic}', 'Director sign-off of {topic}'],
  people: ['Structure approved for {topic}', 'Appointments made for {topic}', 'Post-holders in place for {topic}'],
  engagement: ['Engagement plan agreed for {topic}', 'Engagement activity for {topic} complete', 'Feedback published from {topic}'],
  reporting: ['Measures agreed for {topic}', 'First publication of {topic}', 'Review of {topic} after four quarters']
};

/** A specific, checkable detail a lead officer adds to a Green update, by kind. `{n}` is a number. */
export const GREEN_DETAIL: Record<ActionKind, string[]> = {
  strategy: [
    'The second draft reflects {n} comments from members and partners.',
    'Evidence base complete; the options paper went to the leadership team on {date}.',
    'The all-member briefing on {date} was well attended and the feedback has been logged.',
    'Finance have costed the proposals and they are within the agreed budget.'
  ],
  policy: [
    'Trade union consultation closed on {date} with {c} written responses.',
    'Legal review is complete and the draft is with the portfolio holder.',
    'The equality impact assessment has been signed off.',
    'Staff networks have reviewed the wording and their changes have been accepted.'
  ],
  training: [
    '{n} people have now completed the sessions.',
    'Feedback scores average 4.{d} out of 5 across the sessions held so far.',
    'Dates for the next two cohorts are published and {n} places are booked.',
    'Attendance is being reported to directors monthly so gaps can be chased.'
  ],
  system: [
    'User acceptance testing is {n}% complete with no priority one defects open.',
    'The data migration trial load reconciled to the legacy system.',
    'Super-users have been trained in each directorate.',
    'The supplier is meeting every sprint deadline so far.'
  ],
  review: [
    '{c} interviews and two focus groups have been completed.',
    'Fieldwork is finished and the draft findings are being quality checked.',
    'Terms of reference were agreed by the leadership team on {date}.',
    'Comparative data from {c} similar councils has been collected.'
  ],
  process: [
    'The pilot cut average processing time by {pct}%.',
    'The new approach is live in {k} of the five directorates.',
    'Compliance was {p}% last month against a target of 90%.',
    'Process maps have been signed off by the service managers.'
  ],
  people: [
    'Shortlisting took place on {date} with {c} candidates.',
    'The appointment panel, including the Leader, has been confirmed.',
    'Job descriptions have been evaluated and graded.',
    'Consultation with affected staff closed without formal objections.'
  ],
  engagement: [
    '{n} people took part in sessions during {month}.',
    'Sessions have been held at every main council site and in the community.',
    'The online survey has had {n} responses so far.',
    'People from the groups affected helped design the questions and venues.'
  ],
  reporting: [
    'The report for the last quarter went to Cabinet on {date}.',
    'Indicators and targets were agreed with directors in {month}.',
    'The dashboard now draws automatically from {k} source systems.',
    'Scrutiny members asked for trend data, which has been added.'
  ]
};

export const GREEN_OPENERS = [
  'On track. Work on {topic} is progressing to plan.',
  'Progressing as planned.',
  'Good progress this month on {topic}.',
  'No concerns: work on {topic} remains on schedule for {due}.',
  'Delivery is on schedule and the next milestone is in hand.',
  'Work on {topic} continues to plan and the working group met in {month}.',
  'On track for {due}.'
];

export type Cause = [cause: string, issue: string, recovery: string, kinds?: ActionKind[]];

/** Why an action slipped: [cause, issue raised, recovery, kinds it fits (all if absent)]. Used for Amber. */
export const AMBER_CAUSES: Cause[] = [
  ['the lead officer post was vacant for two months', 'Capacity: lead officer post vacant until recently.', 'The new post-holder started in {month} and has re-planned the remaining work.'],
  ['consultation responses took longer to analyse than planned', 'Volume of consultation responses.', 'Analysis support has been borrowed from the insight team.', ['strategy', 'policy', 'engagement', 'review']],
  ['the report missed the Cabinet deadline and has moved to the next cycle', 'Committee timetable.', 'The report is on the forward plan for {next}.'],
  ['legal review of the draft took longer than expected', 'Legal capacity.', 'External legal advice has been commissioned to clear the remaining points.'],
  ['the supplier delayed delivery of the configured system', 'Supplier performance.', 'A revised plan from the supplier is being held to weekly checkpoints.', ['system']],
  ['trade union consultation was extended at the unions\u2019 request', 'Extended consultation.', 'The extension ends in {next} and no further delay is expected.', ['policy', 'people', 'process']],
  ['the data needed is held in three systems that do not reconcile', 'Data quality.', 'A data cleansing sprint is under way with the performance team.', ['reporting', 'system', 'process', 'review']],
  ['the team was diverted to support budget setting', 'Competing priorities during budget setting.', 'The team returns to this work full time from {next}.'],
  ['a by-election pushed the committee cycle back by a month', 'Committee cycle moved by the by-election.', 'The item is scheduled for the first meeting after the by-election.'],
  ['partners asked for more time to take the proposal through their own boards', 'Partner sign-off.', 'All partners have now confirmed dates for their board decisions.', ['strategy', 'engagement', 'process', 'policy']],
  ['the pre-election period limited what could be published', 'Pre-election period.', 'Publication is planned for the first week after the election.'],
  ['the Improvement Panel asked for the scope to include adult social care', 'Scope change requested by the Improvement Panel.', 'The extended scope has been planned and resourced.', ['strategy', 'review', 'process', 'reporting', 'training']],
  ['sickness absence in a small team', 'Short-term absence in the team.', 'Cover has been arranged from another service until {next}.'],
  ['the equality impact assessment raised issues that need further engagement', 'Equality impact.', 'Further sessions with affected groups are booked for {next}.', ['strategy', 'policy', 'engagement', 'process']]
];

/** Why an action is Red: [cause, issue raised, recovery, kinds it fits]. */
export const RED_CAUSES: Cause[] = [
  ['the preferred supplier withdrew and the work has to be re-procured', 'Supplier withdrawal: re-procurement needed.', 'A direct award through a framework is being explored to save time.', ['system', 'training', 'review']],
  ['there is no funded post to lead the work after the February budget decisions', 'No funded lead post.', 'The director has asked the leadership team to fund an interim lead for six months.'],
  ['the dependency on the finance system upgrade has not been resolved', 'Dependency on the finance system upgrade.', 'The two project boards now meet jointly every fortnight.', ['reporting', 'system', 'process', 'training']],
  ['the pilot showed the design does not work for out-of-hours services and is being reworked', 'Design failed in pilot.', 'A revised design will be piloted with the out-of-hours team in {next}.', ['process', 'system']],
  ['Cabinet deferred the decision and asked for a fuller options appraisal', 'Decision deferred by Cabinet.', 'The options appraisal is being prepared with external support.'],
  ['two key officers left and neither post has yet been filled', 'Loss of key staff.', 'Recruitment is under way and interim cover is being sourced.'],
  ['data cleansing found that about 40% of records are incomplete', 'Data quality far worse than expected.', 'A data recovery plan has been agreed with the service managers.', ['system', 'reporting', 'process']],
  ['the trade unions registered a formal dispute over the proposals', 'Formal dispute with the trade unions.', 'ACAS-facilitated talks are scheduled for {next}.', ['policy', 'people', 'process']]
];

export const ON_HOLD_REASONS = [
  'Paused by the Improvement Panel in {month} until the senior management restructure is complete.',
  'On hold while the government consultation on the funding reforms concludes; restart expected once the outcome is known.',
  'Paused at the request of the portfolio holder pending the outcome of the boundary review.',
  'On hold while resources are focused on the audit backlog; to be restarted in the next quarter.'
];

export const CLOSURE_RATIONALES = [
  'Superseded: the requirement is now delivered through the council plan and annual delivery plan.',
  'Moved into business as usual: the relevant committee now reviews this every year as part of its work programme.',
  'Merged with a related action to avoid duplication of effort and reporting.',
  'No longer required following Cabinet\u2019s decision to bring the service back in house.',
  'Closed at change control: the approach was delivered differently from how it was drafted and the outcome has been evidenced.'
];

export const NOT_STARTED_LINES = [
  'Not due to start until {start}; depends on the outcome of earlier actions in this area of focus.',
  'Scheduled to start in {start} once the resourcing for the next phase is confirmed.',
  'Start planned for {start}; the scope will be confirmed with the portfolio holder beforehand.'
];

export const COMPLETE_LINES = [
  'Complete. Signed off in {done} and the evidence is in the library.',
  'Delivered in {done}; the Improvement Panel accepted the evidence and agreed closure.',
  'Complete: approved in {done}. An assurance check is planned to confirm it is embedded.',
  'Completed in {done}. The outcome has been reported to Cabinet and scrutiny.'
];

export const NEXT_STEPS: Record<ActionKind, string[]> = {
  strategy: ['Present the final draft of {topic} to the leadership team in {next}.', 'Complete the consultation analysis and revise {topic}.', 'Take {topic} to Cabinet in {next}.', 'Agree the delivery plan and measures for {topic}.'],
  policy: ['Finalise {topic} after consultation and take it to committee in {next}.', 'Brief managers on {topic} through the managers\u2019 forum.', 'Publish {topic} on the intranet and update the induction pack.'],
  training: ['Run the next cohort in {next}.', 'Chase managers who have not yet booked a place.', 'Evaluate the first sessions and adjust the content.'],
  system: ['Complete user acceptance testing and agree the go-live date.', 'Run the final data migration rehearsal in {next}.', 'Train the remaining users before go-live.'],
  review: ['Finish fieldwork and draft the findings by {next}.', 'Present the findings to the leadership team and agree the response.', 'Turn the recommendations into an action plan with owners.'],
  process: ['Extend the new approach to the remaining directorates.', 'Report compliance to the leadership team in {next}.', 'Review the pilot and confirm the design.'],
  people: ['Complete interviews and make an offer in {next}.', 'Confirm start dates and the induction plan.', 'Close down interim arrangements once the appointments start.'],
  engagement: ['Hold the remaining sessions in {next}.', 'Publish what we heard and how it has shaped the work.', 'Analyse responses by locality and group.'],
  reporting: ['Publish the next quarterly report in {next}.', 'Add benchmarking data requested by scrutiny.', 'Automate the remaining manual data feeds.']
};

export const ASSURANCE_TITLES = [
  'Assurance: six months on, check {topic} in day-to-day use',
  'Assurance: internal audit sample test of {topic}',
  'Assurance: report to Audit and Governance Committee on embedding {topic}',
  'Assurance: check staff and member awareness of {topic} through the pulse survey'
];

/** Extra areas used when the plan is scaled up for benchmarks. */
export const SCALE_AREAS = ['adult social care', 'children\u2019s services', 'housing', 'environment and highways', 'regeneration and planning', 'customer services', 'corporate services', 'public health'];
export const SCALE_TITLES = ['Roll out {topic} in {area}', 'Embed {topic} in {area}', 'Review the impact of {topic} on {area}', 'Extend {topic} to {area}'];

/** The reports and notices the recommendations came from, with when each was issued; `{year}` is the financial year reported on. */
const REC_DOCS = {
  vfm: { SourceDocument: 'Value for money governance review (external auditor)', issued: [-6, 17] },
  bvn: { SourceDocument: 'Best Value Notice from the ministry', issued: [-5, 9] },
  cpc: { SourceDocument: 'LGA corporate peer challenge: feedback report', issued: [-4, 22] },
  cipfa: { SourceDocument: 'CIPFA financial management review', issued: [-3, 11] },
  dirs: { SourceDocument: 'Directions of the Secretary of State under the Local Government Act 1999', issued: [-2, 4] },
  aar: { SourceDocument: 'Auditor\u2019s annual report {year}', issued: [7, 14] }
} as const;

/**
 * A recommendation as written here: `doc` names where it came from (and so when, in months from the
 * plan's adoption); `areas` are the areas of focus whose actions answer it. An empty `areas` is a
 * recommendation deliberately left unanswered: issued last month, not yet planned, so the register
 * flags it.
 */
export type RecommendationContent = Omit<DemoRecommendation, 'SourceDocument' | 'IssuedOn' | 'Statutory'> & { doc: keyof typeof REC_DOCS; areas: string[]; statutory?: true };

/** Where a recommendation came from and the month (from adoption) and day it was issued. */
export const recommendationDoc = (r: RecommendationContent): { SourceDocument: string; issued: readonly [number, number] } => REC_DOCS[r.doc];

/** External recommendations the plan answers, with the areas of focus whose actions answer them. */
export const RECOMMENDATIONS: RecommendationContent[] = [
  { Code: 'EA1', doc: 'vfm', statutory: true, Source: 'External auditor', Title: 'Medium-term financial sustainability', Description: 'Set a balanced medium-term budget with savings that are identified, owned and realistic, without relying on reserves.', areas: ['UR.A'] },
  { Code: 'EA2', doc: 'vfm', statutory: true, Source: 'External auditor', Title: 'Timely accounts', Description: 'Produce draft accounts and working papers of good quality on time so the audit backlog can be cleared.', areas: ['UR.B'] },
  { Code: 'EA3', doc: 'vfm', statutory: true, Source: 'External auditor', Title: 'Governance of key decisions', Description: 'Make sure key decisions are published in advance and supported by legal, financial and risk advice.', areas: ['GV.A', 'LD.B'] },
  { Code: 'EA4', doc: 'vfm', Source: 'External auditor', Title: 'Risk management', Description: 'Refresh risk management so that risks are scored consistently, owned and reported to members.', areas: ['GV.D'] },
  { Code: 'EA5', doc: 'vfm', Source: 'External auditor', Title: 'Internal audit follow-up', Description: 'Implement agreed internal audit recommendations by their due dates and report slippage to audit committee.', areas: ['GV.B', 'GV.D'] },
  { Code: 'EA6', doc: 'vfm', Source: 'External auditor', Title: 'Procurement and contract management', Description: 'Strengthen procurement controls, reduce waivers and manage high-value contracts actively.', areas: ['UR.C'] },
  { Code: 'EA7', doc: 'vfm', Source: 'External auditor', Title: 'Oversight of council companies', Description: 'Put clear shareholder arrangements in place for council-owned companies.', areas: ['UR.D'] },
  { Code: 'EA8', doc: 'vfm', Source: 'External auditor', Title: 'Use of performance information', Description: 'Use reliable performance and benchmarking information to manage services and inform members.', areas: ['SD.A', 'CI.B'] },
  { Code: 'EA9', doc: 'aar', Source: 'External auditor', Title: 'Housing revenue account business plan', Description: 'Refresh the 30-year housing revenue account business plan so it reflects the new stock condition survey and the cost of meeting the decent homes standard, and take it to Cabinet.', areas: [] },
  { Code: 'EA10', doc: 'aar', Source: 'External auditor', Title: 'High needs deficit', Description: 'Agree a recovery plan for the growing deficit on the high needs block of the dedicated schools grant, and report progress against it to members each quarter.', areas: [] },
  { Code: 'PC1', doc: 'cpc', Source: 'LGA peer challenge', Title: 'A shared, prioritised vision', Description: 'Agree a clear, prioritised vision for the council and the borough that members, staff and partners share.', areas: ['LD.C', 'PC.A'] },
  { Code: 'PC2', doc: 'cpc', Source: 'LGA peer challenge', Title: 'Stable senior leadership', Description: 'Make permanent appointments to the senior team and invest in leadership development.', areas: ['LD.A'] },
  { Code: 'PC3', doc: 'cpc', Source: 'LGA peer challenge', Title: 'Member and officer relationships', Description: 'Reset relationships between members and officers on the basis of mutual respect and clear roles.', areas: ['LD.D', 'GV.C'] },
  { Code: 'PC4', doc: 'cpc', Source: 'LGA peer challenge', Title: 'Culture and staff voice', Description: 'Listen to staff, agree shared values and make it safe to raise concerns.', areas: ['CU.A', 'CU.C'] },
  { Code: 'PC5', doc: 'cpc', Source: 'LGA peer challenge', Title: 'Effective scrutiny', Description: 'Focus scrutiny on the issues that matter most and involve it before decisions are taken.', areas: ['GV.B'] },
  { Code: 'PC6', doc: 'cpc', Source: 'LGA peer challenge', Title: 'Partners and residents', Description: 'Engage partners and residents earlier and more openly, and show what changed as a result.', areas: ['PC.B', 'PC.C'] },
  { Code: 'PC7', doc: 'cpc', Source: 'LGA peer challenge', Title: 'Capacity for change', Description: 'Build programme management and improvement capacity so change is planned and delivered.', areas: ['CI.A', 'LD.B'] },
  { Code: 'CF1', doc: 'cipfa', Source: 'CIPFA review', Title: 'Budget holder accountability', Description: 'Make budget holders accountable for their budgets, with training and monthly forecasts.', areas: ['UR.B'] },
  { Code: 'CF2', doc: 'cipfa', Source: 'CIPFA review', Title: 'Reserves', Description: 'Rebuild unallocated reserves to a risk-assessed level and set a policy for their use.', areas: ['UR.A'] },
  { Code: 'CF3', doc: 'cipfa', Source: 'CIPFA review', Title: 'Financial capacity and skills', Description: 'Strengthen finance team capacity and member understanding of the council\u2019s finances.', areas: ['UR.B', 'GV.C'] },
  { Code: 'CF4', doc: 'cipfa', Source: 'CIPFA review', Title: 'Savings delivery', Description: 'Track savings monthly with named owners and act quickly when they slip.', areas: ['UR.A', 'LD.B'] },
  { Code: 'CF5', doc: 'cipfa', Source: 'CIPFA review', Title: 'Capital and assets', Description: 'Prioritise the capital programme and dispose of surplus assets to reduce borrowing.', areas: ['UR.A', 'UR.D'] },
  { Code: 'D1', doc: 'dirs', statutory: true, Source: 'Direction', Title: 'Prepare and deliver an improvement plan', Description: 'Prepare an improvement plan to the satisfaction of the Secretary of State and report progress every six months.', areas: ['CI.A', 'CI.D'] },
  { Code: 'D2', doc: 'dirs', statutory: true, Source: 'Direction', Title: 'Governance, constitution and scrutiny', Description: 'Review the constitution, decision-making and scrutiny arrangements so that they meet the best value duty.', areas: ['GV.A', 'GV.B'] },
  { Code: 'D3', doc: 'dirs', statutory: true, Source: 'Direction', Title: 'Workforce and culture', Description: 'Address the culture of the organisation, including HR casework, workforce planning and staff performance management.', areas: ['CU.B', 'CU.D', 'CI.C'] },
  { Code: 'D4', doc: 'dirs', statutory: true, Source: 'Direction', Title: 'Financial sustainability', Description: 'Secure a sustainable financial position with accurate, timely financial reporting.', areas: ['UR.A', 'UR.B'] },
  { Code: 'BV1', doc: 'bvn', statutory: true, Source: 'Best Value Notice', Title: 'Service performance and residents\u2019 experience', Description: 'Show sustained improvement in housing, complaint handling and other services residents rely on.', areas: ['SD.B', 'SD.C', 'SD.D'] }
];

/** The improvement plan risk register: likelihood and impact 1-4 as [inherent, residual, target]. */
export interface RiskContent {
  title: string;
  theme: string;
  areas: string[];
  owner: string;
  description: string;
  scores: [[number, number], [number, number], [number, number]];
  mitigation: string;
  trend: 'Improving' | 'Stable' | 'Worsening' | 'New';
  closed?: boolean;
}

export const RISKS: RiskContent[] = [
  { title: 'Capacity to deliver the plan', theme: 'CI', areas: ['CI.A', 'LD.B'], owner: 'gpritchard', description: 'If senior and specialist capacity is stretched by day-to-day pressures, actions will slip and the plan will lose credibility with the panel and the ministry.', scores: [[4, 4], [3, 3], [2, 3]], mitigation: 'Programme office prioritises actions monthly; interim capacity funded from the improvement reserve; directors review slippage at leadership team.', trend: 'Stable' },
  { title: 'Medium-term budget gap', theme: 'UR', areas: ['UR.A'], owner: 'riyer', description: 'If the forecast gap of \u00a324.7m is not closed with recurring savings, the council may need exceptional financial support or a section 114 notice.', scores: [[4, 4], [3, 4], [2, 3]], mitigation: 'Savings tracker reported monthly to Cabinet; spending controls through the value for money panel; contingency budget held centrally.', trend: 'Worsening' },
  { title: 'Savings delivery', theme: 'UR', areas: ['UR.A', 'UR.B'], owner: 'ogrant', description: 'If agreed savings are not delivered in year, the reserves recovery plan will be set back.', scores: [[4, 3], [3, 3], [2, 2]], mitigation: 'Every saving has a named owner and delivery plan; red-rated savings are replaced or escalated within a month.', trend: 'Stable' },
  { title: 'Stability of senior leadership', theme: 'LD', areas: ['LD.A'], owner: 'hmarsh', description: 'If senior posts remain interim or turn over again, ownership of the plan and relationships with members will weaken.', scores: [[3, 4], [2, 3], [1, 3]], mitigation: 'Permanent appointments made to five of seven senior posts; succession plans for critical roles; LGA mentoring for new directors.', trend: 'Improving' },
  { title: 'Member and officer relationships', theme: 'LD', areas: ['LD.D', 'GV.C'], owner: 'skeane', description: 'If relationships between members and officers break down again, decisions will stall and staff confidence will fall.', scores: [[3, 4], [2, 4], [1, 3]], mitigation: 'Revised protocol and training; monthly group leaders meetings; independent review planned.', trend: 'Improving' },
  { title: 'Culture change not sustained', theme: 'CU', areas: ['CU.A', 'CU.C'], owner: 'kboateng', description: 'If the values are not lived by managers, staff will see the culture programme as a campaign rather than a change.', scores: [[4, 3], [3, 3], [2, 2]], mitigation: 'Values built into appraisal and recruitment; culture champions network; pulse surveys reported by directorate.', trend: 'Stable' },
  { title: 'Employee relations and HR casework', theme: 'CU', areas: ['CU.B'], owner: 'frahman', description: 'If casework remains slow, staff trust and wellbeing will suffer and tribunal claims may increase.', scores: [[3, 3], [2, 3], [1, 2]], mitigation: 'Casework backlog cleared through additional investigators; timescales monitored weekly; manager training.', trend: 'Improving' },
  { title: 'Recruitment and retention', theme: 'CU', areas: ['CU.B', 'CI.C'], owner: 'kboateng', description: 'If the council cannot recruit to hard-to-fill posts, agency spend will rise and key actions will lack leads.', scores: [[4, 3], [3, 3], [2, 2]], mitigation: 'Pay and grading review; market supplements for planning, legal and social work; employer brand campaign.', trend: 'Worsening' },
  { title: 'Constitutional changes delayed', theme: 'GV', areas: ['GV.A'], owner: 'skeane', description: 'If the revised constitution is not adopted, unclear delegations will continue to put decisions at risk.', scores: [[3, 3], [1, 2], [1, 2]], mitigation: 'Revised constitution adopted by Council; training on the changes delivered to members and report authors.', trend: 'Improving', closed: true },
  { title: 'Data quality', theme: 'SD', areas: ['SD.A', 'CI.B'], owner: 'mchen', description: 'If performance data is unreliable, slippage may be hidden and members may be misled.', scores: [[3, 3], [3, 2], [2, 2]], mitigation: 'Data quality audits of key systems; data owners named for every indicator; exception reporting.', trend: 'Stable' },
  { title: 'Building safety compliance', theme: 'SD', areas: ['SD.C', 'SD.D'], owner: 'cwhitfield', description: 'If building safety checks are not completed, tenants may be at risk and the regulator may take enforcement action.', scores: [[4, 4], [3, 4], [1, 4]], mitigation: 'Weekly compliance reporting; additional contractors for fire risk actions; monthly reports to Cabinet and the regulator.', trend: 'Stable' },
  { title: 'Complaint handling and Ombudsman findings', theme: 'SD', areas: ['SD.B'], owner: 'hnovak', description: 'If complaint handling does not meet the codes, the Ombudsman may issue findings of maladministration and a complaint handling failure order.', scores: [[3, 3], [2, 3], [1, 2]], mitigation: 'Central complaints team; weekly tracking of stage one cases; quarterly learning report to scrutiny.', trend: 'Improving' },
  { title: 'Partner confidence', theme: 'PC', areas: ['PC.B'], owner: 'iqureshi', description: 'If partners do not see progress, they may disengage from joint plans and funding bids.', scores: [[3, 3], [2, 3], [1, 2]], mitigation: 'Relaunched partnership board; annual summit; joint plan with the integrated care board.', trend: 'Improving' },
  { title: 'Resident trust', theme: 'PC', areas: ['PC.A', 'PC.C'], owner: 'nkowalski', description: 'If residents do not see their views acted on, engagement will fall and decisions may be challenged.', scores: [[3, 3], [2, 3], [2, 2]], mitigation: 'Engagement strategy; consultation hub with published feedback; neighbourhood forums in every locality.', trend: 'Stable' },
  { title: 'Major IT projects', theme: 'UR', areas: ['UR.B', 'CU.B', 'CI.C'], owner: 'riyer', description: 'If the finance, HR and learning system projects overrun, the controls and data that other actions depend on will be late.', scores: [[3, 3], [3, 3], [2, 2]], mitigation: 'Joint project board for the system projects; independent assurance at each gateway; phased go-live.', trend: 'New' },
  { title: 'Audit backlog', theme: 'UR', areas: ['UR.B'], owner: 'ogrant', description: 'If the accounts backlog is not cleared, the council will receive disclaimed opinions and assurance to members will be weak.', scores: [[4, 3], [3, 3], [1, 3]], mitigation: 'Closedown plan agreed with the auditor; additional technical accountancy capacity; weekly progress meetings.', trend: 'Stable' },
  { title: 'Procurement compliance', theme: 'UR', areas: ['UR.C'], owner: 'glloyd', description: 'If officers do not follow the new procurement rules, contracts may be challenged and value lost.', scores: [[3, 3], [2, 2], [1, 2]], mitigation: 'Procurement Act training; revised contract procedure rules; quarterly waiver reporting.', trend: 'Improving' },
  { title: 'Political change at the 2027 elections', theme: 'GV', areas: ['GV.C', 'LD.C'], owner: 'skeane', description: 'If the elections bring a change of administration, priorities may shift and new members will need rapid induction.', scores: [[3, 4], [3, 3], [2, 2]], mitigation: 'Cross-party ownership of the plan through the Improvement Panel; induction programme designed for the first 100 days.', trend: 'New' },
  { title: 'Legal challenge to decisions', theme: 'GV', areas: ['GV.A', 'UR.D'], owner: 'skeane', description: 'If decisions taken under the old arrangements are challenged, delivery of savings and disposals may be delayed.', scores: [[2, 4], [2, 3], [1, 3]], mitigation: 'Legal review of key decisions; report template with statutory officer advice; training for decision makers.', trend: 'Stable', closed: true },
  { title: 'Sustaining improvement after intervention', theme: 'CI', areas: ['CI.D', 'CI.C'], owner: 'gpritchard', description: 'If improvements are not embedded in business as usual, performance may fall back once external oversight ends.', scores: [[3, 4], [2, 4], [1, 3]], mitigation: 'Assurance actions after completion; internal audit sample testing; exit strategy agreed with the panel.', trend: 'New' }
];
