/** The Improvement Plan app, shared by the SPFx web part and the standalone host. */
export { ImprovementPlanApp, type ImprovementPlanAppProps } from './app/ImprovementPlanApp';
export { AppFrame, type AppFrameProps } from './app/AppFrame';
export { fluentThemeFor, type TeamsThemeName } from './theme/teamsTheme';
export { parseRoute, routeToSearch, type AppRoute, type AppView } from './routes';
export { RatingBadge, type RatingBadgeProps } from './components/RatingBadge';
