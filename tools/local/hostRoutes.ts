import * as fs from 'fs';
import * as path from 'path';
import type { IncomingMessage, ServerResponse } from 'http';
import { createGzip } from 'zlib';
import { acceptsGzip } from '../emulator/server';

/** A persona of the local harness: a demo user and the role they play. */
export interface HarnessPersona {
  login: string;
  displayName: string;
  persona: string;
}

/** Text the host serves compressed when the browser accepts it. */
const COMPRESSIBLE = new Set(['.js', '.css', '.map', '.json', '.html']);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

/** The sample spreadsheets for trying the import (tools/demo/samples, made by makeSamples.ts). */
const SAMPLES_DIR = path.resolve(__dirname, '../demo/samples');

/** Where Teams loads a personal SPFx app: the tenant's root site's hosted-app page. */
export const TEAMS_HOSTED_APP_PATH = '/_layouts/15/teamshostedapp.aspx';

/** Security headers for the local pages: no inline script, nothing from other origins. */
const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff'
};

function page(title: string, script: string, today?: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${today ? `<meta name="ipt-local-today" content="${today}">\n` : ''}<style>html,body{margin:0;padding:0;min-height:100%;font-family:"Segoe UI",system-ui,sans-serif}</style>
</head>
<body>
<div id="root"></div>
<script type="module" src="/_host/${script}"></script>
</body>
</html>`;
}

/**
 * Routes the local product adds to the emulator's server, so the pages and the SharePoint REST
 * API share one origin (as a web part and its site do):
 *   /              the harness (switchers + channel pane) around the app
 *   /app           the standalone host page rendering the app
 *   /_layouts/15/teamshostedapp.aspx  the same page where Teams loads the personal app: on the
 *                  root site, which is its page context (`?teams&personal&user=…`)
 *   /_host/*       the esbuild output
 *   /_harness/personas  the demo personas for the switcher
 *   /_harness/samples/* the sample spreadsheets and Word plan to import
 */
export function hostRoutes(options: { buildDir: string; personas: readonly HarnessPersona[]; today?: string }) {
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`today must be YYYY-MM-DD, not "${options.today}".`);
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (req.method !== 'GET') return false;
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], ...PAGE_HEADERS });
      res.end(page('Improvement Plan Tracker – local', 'harness.js'));
      return true;
    }
    if (url.pathname === '/app' || url.pathname.toLowerCase() === TEAMS_HOSTED_APP_PATH) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], ...PAGE_HEADERS });
      res.end(page('Improvement Plan', 'app.js', options.today));
      return true;
    }
    if (url.pathname === '/_harness/personas') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(options.personas.map(({ login, displayName, persona }) => ({ login, displayName, persona }))));
      return true;
    }
    if (url.pathname.startsWith('/_harness/samples/')) {
      const name = path.basename(decodeURIComponent(url.pathname));
      const file = path.join(SAMPLES_DIR, name);
      if (!/\.(xlsx|csv|docx)$/.test(name) || !fs.existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('Not found');
        return true;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)], 'Content-Disposition': `attachment; filename="${name}"` });
      fs.createReadStream(file).pipe(res);
      return true;
    }
    if (url.pathname.startsWith('/_host/')) {
      const file = path.resolve(options.buildDir, `.${decodeURIComponent(url.pathname.slice('/_host'.length))}`);
      if (!file.startsWith(path.resolve(options.buildDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('Not found');
        return true;
      }
      const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
      // SharePoint's CDN sends the bundles compressed to every browser that accepts it; so does this.
      if (COMPRESSIBLE.has(path.extname(file)) && acceptsGzip(req.headers['accept-encoding'])) {
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
        fs.createReadStream(file).pipe(createGzip()).pipe(res);
      } else {
        res.writeHead(200, headers);
        fs.createReadStream(file).pipe(res);
      }
      return true;
    }
    return false;
  };
}
