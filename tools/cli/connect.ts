import * as fs from 'fs';
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { SpConnection } from '../../src/data/sp/createSp';

/**
 * Environment variables for app-only access to a real tenant. The app registration is granted
 * `Sites.Selected` on the plan site only. The certificate's private key never enters a list or the
 * bundle: a CLI reads it from a file path the operator controls (IPT_CERT_PRIVATE_KEY_PATH); the
 * Azure Functions sweep gets the PEM itself in an application setting (IPT_CERT_PRIVATE_KEY),
 * whose Key Vault reference the platform resolves to the value before the code runs.
 */
export const TENANT_ENV = {
  tenantId: 'IPT_TENANT_ID',
  clientId: 'IPT_CLIENT_ID',
  certificatePath: 'IPT_CERT_PRIVATE_KEY_PATH',
  certificateKey: 'IPT_CERT_PRIVATE_KEY',
  thumbprint: 'IPT_CERT_THUMBPRINT'
} as const;

/** The certificate's private key (PEM): the setting's value, else the file it names. */
function privateKey(env: NodeJS.ProcessEnv): string {
  const value = env[TENANT_ENV.certificateKey];
  return value && value.trim() ? value : fs.readFileSync(env[TENANT_ENV.certificatePath] as string, 'utf8');
}

/** True for a site served by the local emulator, which needs no credentials. */
export function isLocalSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
}

/** Gets an app-only SharePoint token with a certificate credential (client credentials flow). */
async function appOnlyToken(siteUrl: string, env: NodeJS.ProcessEnv): Promise<string> {
  const missing: string[] = [TENANT_ENV.tenantId, TENANT_ENV.clientId, TENANT_ENV.thumbprint].filter((name) => !env[name]);
  if (!env[TENANT_ENV.certificateKey] && !env[TENANT_ENV.certificatePath]) missing.push(`${TENANT_ENV.certificatePath} (or ${TENANT_ENV.certificateKey} holding the PEM)`);
  if (missing.length) {
    throw new Error(
      `To reach ${siteUrl} the CLI needs app-only credentials. Set ${missing.join(', ')} ` +
        '(an Entra app registration with a certificate, granted Sites.Selected on this site). See README.md, "Setting up on a tenant".'
    );
  }
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: env[TENANT_ENV.clientId] as string,
      authority: `https://login.microsoftonline.com/${env[TENANT_ENV.tenantId]}`,
      clientCertificate: {
        thumbprintSha256: env[TENANT_ENV.thumbprint] as string,
        privateKey: privateKey(env)
      }
    }
  });
  const origin = new URL(siteUrl).origin;
  const result = await app.acquireTokenByClientCredential({ scopes: [`${origin}/.default`] });
  if (!result?.accessToken) throw new Error(`Entra ID gave no token for ${origin}.`);
  return result.accessToken;
}

/**
 * How a CLI reaches a site: the emulator directly (optionally as a chosen user), a tenant with an
 * app-only bearer token.
 */
export async function connectionFor(siteUrl: string, options: { actingUser?: string; env?: NodeJS.ProcessEnv } = {}): Promise<SpConnection> {
  const env = options.env ?? process.env;
  if (isLocalSite(siteUrl)) {
    return { siteUrl, headers: options.actingUser ? { 'X-Emulator-User': options.actingUser } : undefined };
  }
  return { siteUrl, headers: { Authorization: `Bearer ${await appOnlyToken(siteUrl, env)}` } };
}
