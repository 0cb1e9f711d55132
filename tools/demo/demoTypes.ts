/**
 * The demo plan as plain JSON, shaped like the SharePoint lists (internal names), keyed by codes
 * and logins so the seeder can resolve lookups and people. Dates are YYYY-MM-DD.
 */
export type DemoPermission = 'Read' | 'Contribute' | 'FullControl';
export type DemoPersona = 'staff' | 'pmo' | 'director' | 'member' | 'owner';
export type DemoStatus = 'NotStarted' | 'Green' | 'Amber' | 'Red' | 'Complete' | 'OnHold' | 'Closed';
export type DemoRag = 'Red' | 'Amber' | 'Green';

export interface DemoUser { login: string; displayName: string; email: string; permission: DemoPermission; persona: DemoPersona }
export interface DemoTheme { Code: string; Title: string; LeadDirector: string; Description: string; SortOrder: number; ThemeRating: DemoRag; ThemeRatingReason: string; Summary: string }
export interface DemoWorkstream { Code: string; Title: string; ThemeCode: string; Lead: string; Description: string; Outcomes: string }
export interface DemoEvidence { title: string; url: string }
export interface DemoAction {
  Code: string; Title: string; ActionKind: 'main' | 'sub' | 'assurance'; ThemeCode: string; WorkstreamCode: string; ParentCode?: string;
  Lead: string; LeadMember?: string; Description: string; StartDate: string; StartDateText?: string; BaselineDueDate: string; CurrentDueDate: string;
  DueDateText?: string; ForecastDate?: string; Status: DemoStatus; ProgressPercent: number; Rating: DemoStatus; RatingOverride?: DemoRag; OverrideReason?: string;
  RiskRating?: DemoRag; Critical?: boolean; Commentary: string; NextSteps: string; Issues: string; IssueRaisedOn?: string; EvidenceLinks: DemoEvidence[]; ReprofileCount: number; ClosureRationale?: string;
  RecommendationRefs: string[]; RiskRefs: string[]; LastUpdated: string;
}
export interface DemoProgressUpdate { ActionCode: string; Period: string; Status: DemoStatus; ProgressPercent: number; Rating: DemoStatus; Commentary: string; NextSteps: string; Issues: string; Achievements?: string[]; UpdatedBy: string; UpdatedAt: string }
export interface DemoMilestone { ActionCode: string; Title: string; DueDate: string; CompletedDate?: string; MilestoneStatus: 'Planned' | 'Achieved' | 'Missed' | 'Dropped' }
export interface DemoRisk {
  Code: string; Title: string; ThemeCode: string; Owner: string; Description: string; InherentLikelihood: number; InherentImpact: number; ResidualLikelihood: number;
  ResidualImpact: number; TargetLikelihood: number; TargetImpact: number; MitigatingActions: string; Trend: 'Improving' | 'Stable' | 'Worsening' | 'New'; RiskStatus: 'Open' | 'Closed';
}
/** One monthly review of a risk: its likelihood and impact that month, by whom, and why. */
export interface DemoRiskReview { RiskCode: string; Period: string; Likelihood: number; Impact: number; ReviewedOn: string; ReviewedBy: string; Note: string }
export interface DemoRecommendation {
  Code: string; Title: string; Source: 'External auditor' | 'LGA peer challenge' | 'CIPFA review' | 'Direction' | 'Best Value Notice'; Description: string;
  SourceDocument: string; IssuedOn: string; Statutory: boolean;
}
export interface DemoChange {
  Code: string; Title: string; ChangeType: 'description' | 'timescale' | 'newWorkstream' | 'newMainAction' | 'newSubAction' | 'newAssuranceAction' | 'closure';
  ActionCode?: string; Rationale: string; RequestedBy: string; RequestedAt: string; Decision: 'Pending' | 'Approved' | 'Rejected'; DecidedBy?: string; DecidedAt?: string;
  DecisionNote?: string; OldValue?: string; NewValue?: string;
}
/** Options of buildDemoPlan. */
export interface DemoPlanOptions {
  /** The demo's today, YYYY-MM-DD (Europe/London): decides what is overdue and where history ends. */
  today: string;
  /** PRNG seed; defaults to 20261123. */
  seed?: number;
  /** Benchmarks scale the plan up (e.g. 400 main actions); the default is about 150. */
  scale?: { mainActions?: number };
}
export interface DemoPlan {
  users: DemoUser[]; themes: DemoTheme[]; workstreams: DemoWorkstream[]; actions: DemoAction[]; progressUpdates: DemoProgressUpdate[];
  milestones: DemoMilestone[]; risks: DemoRisk[]; recommendations: DemoRecommendation[]; changeLog: DemoChange[];
  /** Each risk's monthly reviews, July to November 2026. */
  riskReviews?: DemoRiskReview[];
}
