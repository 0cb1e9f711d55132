import type { WebPartContext } from '@microsoft/sp-webpart-base';

/**
 * Reads the Teams theme through SPFx's own Teams SDK instance (`context.sdks.microsoftTeams`).
 * SPFx initialises teams-js itself; a second copy would not share its state, so we never import our own.
 * Returns undefined when the web part is on a SharePoint page.
 */
export async function readTeamsTheme(context: WebPartContext): Promise<string | undefined> {
  const teams = context.sdks.microsoftTeams;
  if (!teams) return undefined;
  const teamsContext = await teams.teamsJs.app.getContext();
  return teamsContext.app.theme;
}

/** Calls `listener` whenever the Teams user switches theme; does nothing outside Teams. */
export function onTeamsThemeChange(context: WebPartContext, listener: (theme: string) => void): void {
  context.sdks.microsoftTeams?.teamsJs.app.registerOnThemeChangeHandler(listener);
}
