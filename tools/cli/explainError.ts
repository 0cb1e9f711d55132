/**
 * What went wrong, in words, for a CLI that failed talking to SharePoint: a dead port, a host that
 * does not exist, a wrong site address, a refusal. PnPjs's own errors ("fetch failed", or
 * "Error making HttpClient request in queryable [404] …" with a page of markup) say neither what
 * is wrong nor what to try, so each is replaced by a sentence that does.
 */
import { describeSpFailure, httpStatus } from '../../src/data/repositories/spErrors';

/** Socket error details a failed `fetch` carries in its cause chain. */
interface SocketCause {
  code?: string;
  address?: string;
  port?: number;
  hostname?: string;
}

function socketCause(error: unknown): SocketCause | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as SocketCause).code;
    if (typeof code === 'string') return current as SocketCause;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The address a PnPjs HTTP error was for (its response's URL), without the query string. */
function requestUrl(error: unknown): string | undefined {
  const url = (error as { response?: { url?: unknown } } | null)?.response?.url;
  if (typeof url !== 'string' || url === '') return undefined;
  return url.split('?')[0];
}

/** The site part of a REST address: everything before `/_api/`. */
function siteOf(url: string | undefined): string | undefined {
  return url?.split(/\/_api(\/|$)/i)[0];
}

function networkSentence(cause: SocketCause): string | undefined {
  const where = cause.address ? `${cause.address}${cause.port ? `:${cause.port}` : ''}` : cause.hostname ?? 'the site';
  switch (cause.code) {
    case 'ECONNREFUSED':
      return `Nothing is listening at ${where}: the connection was refused. If --site is the local emulator or product, start it first (npm run emulator, or npm start) and check the port in --site.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host ${cause.hostname ?? where} could not be found. Check the address given with --site (for example https://contoso.sharepoint.com/sites/improvement).`;
    case 'ECONNRESET':
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_SOCKET':
      return `The connection to ${where} was lost before SharePoint answered. Check the network and run the command again; every command here is safe to repeat.`;
    case 'CERT_HAS_EXPIRED':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `The certificate of ${where} could not be trusted (${cause.code}). Check that --site is the council's SharePoint address, not a proxy or a test server.`;
    default:
      return undefined;
  }
}

function httpSentence(status: number, error: unknown): string | undefined {
  const url = requestUrl(error);
  const site = siteOf(url);
  const at = site ? ` at ${site}` : '';
  switch (status) {
    case 401:
      return `SharePoint did not accept the sign-in${at} (401). Check IPT_TENANT_ID, IPT_CLIENT_ID, IPT_CERT_PRIVATE_KEY_PATH and IPT_CERT_THUMBPRINT, and that the app registration belongs to this tenant.`;
    case 403:
      return (
        `SharePoint refused${at} (403 Access denied): the identity running this command may not do this on the site. ` +
        'On a tenant, grant the app registration Sites.Selected on this site with the role README.md ("Setting up on a tenant") gives the command; ' +
        'against the emulator, run it as someone with that right (--user <login> where the command has it). ' +
        `SharePoint said: ${describeSpFailure(error)}`
      );
    case 404:
      return (
        `SharePoint answered 404 Not Found for ${url ?? 'the request'}: there is no site at ${site ?? 'that address'}, or the plan's lists are not on it. ` +
        'Check --site (the full address of the site, for example https://contoso.sharepoint.com/sites/improvement, without /SitePages/… or /Lists/…); ' +
        'for a site with no plan yet, run npm run provision first.'
      );
    case 429:
    case 503:
      return `SharePoint kept throttling the requests${at} (${status}) after every retry. Wait a few minutes and run the command again; it is safe to repeat.`;
    default:
      return undefined;
  }
}

/** A person-readable account of `error`, with what to try; the error's own message when nothing better is known. */
export function explainCliError(error: unknown): string {
  const status = httpStatus(error);
  if (status !== undefined) return httpSentence(status, error) ?? describeSpFailure(error);
  const cause = socketCause(error);
  const network = cause ? networkSentence(cause) : undefined;
  if (network) return network;
  if (!(error instanceof Error)) return String(error);
  // `fetch failed` alone says nothing; its cause says what (a port fetch will not use, for one).
  const reason = error.cause instanceof Error ? error.cause.message : undefined;
  return reason ? `${error.message}: ${reason}` : error.message;
}
