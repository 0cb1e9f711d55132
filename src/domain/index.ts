/**
 * The domain core of Improvement Plan Tracker: the plan model and the pure rules that rate,
 * roll up, alert, change and report on it. Nothing here touches React, Fluent UI, PnPjs, SPFx
 * or Teams, and nothing reads the clock: "today" is always passed in.
 */
export * from './result';

export * from './model/people';
export * from './model/theme';
export * from './model/plan';
export * from './model/action';
export * from './model/issue';
export * from './model/milestone';
export * from './model/progress';
export * from './model/risk';
export * from './model/change';
export * from './model/recommendation';

export * from './dates/isoDate';
export * from './dates/london';
export * from './dates/financialYear';
export * from './dates/planDate';

export * from './codes/referenceCode';

export * from './rag/ratings';
export * from './rag/policy';
export * from './rag/override';
export * from './rag/rateAction';

export * from './rollup/rollup';
export * from './rollup/rollupMethod';
export * from './rollup/planRollup';
export * from './slippage/slippage';
export * from './change/changeControl';
export * from './risk/riskScore';
export * from './risk/riskHistory';
export * from './progress/history';
export * from './progress/updateOwed';

export * from './reporting/period';
export * from './reporting/snapshot';
export * from './reporting/exceptions';
export * from './reporting/achievements';
export * from './reporting/themeSummary';
export * from './reporting/changesSince';
export * from './reporting/byRecommendation';
export * from './businessCase';
