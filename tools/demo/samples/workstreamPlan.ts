/**
 * A plan kept as a list of its leaf actions only, in the shape some councils' monitoring sheets
 * take: codes such as LD.F1.1 with a workstream column and no row for LD.F1 or LD.F. The themes
 * are the demo plan's own (by name), the workstreams (LD.F, GV.F, SD.F) ones it does not use yet.
 * Every sentence and date is the demo's own.
 */

export const WORKSTREAM_PLAN_HEADERS = ['Theme', 'Workstream', 'Ref', 'Action', 'Lead', 'Due date', 'RAG'] as const;

/** Theme name, workstream as written, code, action, lead, due date, rating. */
export const WORKSTREAM_PLAN_ROWS: ReadonlyArray<readonly [string, string, string, string, string, string, string]> = [
  ['Leadership', 'F: Member and officer relations', 'LD.F1.1', 'Agree a protocol for member and officer working', 'Monitoring Officer', 'March 2027', 'Green'],
  ['Leadership', 'F: Member and officer relations', 'LD.F1.2', 'Train every Cabinet member on the protocol', 'Head of Democratic Services', 'June 2027', 'Green'],
  ['Leadership', 'F: Member and officer relations', 'LD.F2.1', 'Hold a joint Cabinet and leadership team session each quarter', 'Chief Executive', 'Ongoing', 'Green'],
  ['Leadership', 'F: Member and officer relations', 'LD.F2.2', 'Survey members on the support officers give them', 'Head of Democratic Services', 'September 2027', 'Not started'],
  ['Leadership', 'F: Member and officer relations', 'LD.F3.1', 'Publish the outcome of the survey and the actions it leads to', 'Chief Executive', 'December 2027', ''],
  ['Governance', 'F: Decision records', 'GV.F1.1', 'Publish every delegated decision within five working days', 'Monitoring Officer', 'Q4 2026/27', 'Amber'],
  ['Governance', 'F: Decision records', 'GV.F1.2', 'Check a sample of delegated decisions each quarter', 'Head of Audit', 'Q1 2027/28', ''],
  ['Governance', 'F: Decision records', 'GV.F2.1', 'Report on the timeliness of decision records to the audit committee', 'Head of Audit', 'July 2027', ''],
  ['Governance', 'F: Decision records', 'GV.F2.2', 'Move decision records to the new committee system', 'Head of Democratic Services', '2027/28', 'Red'],
  ['Service delivery', 'F: Complaints', 'SD.F1.1', 'Answer every stage one complaint within ten working days', 'Head of Customer Services', 'April 2027', 'Amber'],
  ['Service delivery', 'F: Complaints', 'SD.F1.2', 'Share what complaints teach each service every month', 'Head of Customer Services', 'TBC', 'Green'],
  ['Service delivery', 'F: Complaints', 'SD.F2.1', 'Act on every finding of the housing ombudsman within its deadline', 'Director of Housing', 'May/June 2027', 'Green'],
  ['Service delivery', 'F: Complaints', 'SD.F2.2', 'Publish the annual complaints report', 'Head of Customer Services', '31/07/2027', '']
];
