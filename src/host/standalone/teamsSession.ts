import { app } from '@microsoft/teams-js';
import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { actionIdFromSubPage } from '../links/actionLinks';

/** What the standalone host learns from Teams. */
export interface TeamsSession {
  theme: string;
  /** True on Teams mobile clients (narrow layouts). */
  isMobile: boolean;
  /** The action a deep link asked for, if any. */
  deepLinkedActionId?: string;
  /** The app id and tab entity id, for building deep links back to actions. */
  appId?: string;
  entityId?: string;
  /** The channel and team of a channel tab (absent in the personal app). */
  channelId?: string;
  teamId?: string;
  onThemeChange(listener: (theme: string) => void): void;
}

/**
 * Initialises teams-js in the standalone tab (outside SPFx, where SPFx's own instance is used
 * instead) and reads the theme, device and deep link.
 */
export async function startTeamsSession(): Promise<TeamsSession> {
  await app.initialize();
  const context = await app.getContext();
  const platform = context.app.host.clientType;
  return {
    theme: context.app.theme ?? 'default',
    isMobile: platform === 'android' || platform === 'ios',
    deepLinkedActionId: actionIdFromSubPage(context.page.subPageId),
    appId: context.app.appId?.toString(),
    entityId: context.page.id,
    ...(context.channel?.id ? { channelId: context.channel.id } : {}),
    ...(context.team?.groupId ? { teamId: context.team.groupId } : {}),
    onThemeChange: (listener) => app.registerOnThemeChangeHandler(listener)
  };
}

/**
 * Gets SharePoint tokens through nested app authentication (NAA): Teams brokers the sign-in, so
 * the tab needs no redirect or pop-up in the normal case. Tokens are requested per call, and
 * MSAL caches and renews them.
 */
export async function createSharePointTokenSource(clientId: string, siteUrl: string): Promise<() => Promise<string>> {
  return createTokenSource(clientId, [`${new URL(siteUrl).origin}/.default`]);
}

/** Tokens for Microsoft Graph to post slippage cards as the signed-in person (ChannelMessage.Send). */
export async function createGraphTokenSource(clientId: string): Promise<() => Promise<string>> {
  return createTokenSource(clientId, ['https://graph.microsoft.com/ChannelMessage.Send']);
}

let nestedApp: Promise<IPublicClientApplication> | undefined;

/** One nested-app MSAL instance per tab, handing out tokens for the given scopes. */
async function createTokenSource(clientId: string, scopes: string[]): Promise<() => Promise<string>> {
  nestedApp ??= createNestablePublicClientApplication({
    auth: { clientId, authority: 'https://login.microsoftonline.com/common' },
    cache: { cacheLocation: 'sessionStorage' }
  });
  const pca = await nestedApp;
  return async () => {
    try {
      return (await pca.acquireTokenSilent({ scopes })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      return (await pca.acquireTokenPopup({ scopes })).accessToken;
    }
  };
}
