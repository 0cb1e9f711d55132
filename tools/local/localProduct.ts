import * as fs from 'fs';
import * as path from 'path';
import { startEmulator } from '../emulator';
import { PROGRESS_UPDATES_LIST, RISK_REVIEWS_LIST } from '../../src/data/schema/planLists';
import { createSp } from '../../src/data/sp/createSp';
import { PROGRAMME_OFFICE_GROUP, provisionPlan } from '../../src/data/provisioning/provisionPlan';
import { buildDemoPlan } from '../demo/demoPlan';
import { isPlanSeeded, seedDemoPlan } from './seedDemoPlan';
import { seedDemoSnapshots } from './seedDemoSnapshots';
import { settleDemoRatings } from './settleDemoRatings';
import { seedDemoBusinessCases } from './seedDemoBusinessCases';
import { writeRoutingSettings } from '../../src/data/notifications';
import { registerTenantPlanSite } from '../../src/data/tenant/tenantPlanSite';
import { buildHost } from './buildHost';
import { hostRoutes } from './hostRoutes';

/** Options of {@link startLocalProduct}. */
export interface LocalProductOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder for the emulator's database and the built host. */
  dataDir: string;
  /** The demo plan's "today" (YYYY-MM-DD), which decides which actions are overdue. */
  today: string;
  /**
   * The day the app in the browser believes it is (YYYY-MM-DD), so tests and demos with a fixed
   * `today` see the same ratings in the app as in the data. Absent: the browser's real clock.
   */
  appToday?: string;
  /** Skip rebuilding the host bundle when it is already there (tests build once). */
  reuseBuild?: boolean;
  log?: (message: string) => void;
}

/** A running local product. */
export interface LocalProduct {
  /** The harness page, e.g. http://127.0.0.1:4400 */
  url: string;
  /** The emulated SharePoint site. */
  siteUrl: string;
  /** The demo personas' logins by role. */
  personas: ReturnType<typeof buildDemoPlan>['users'];
  close(): Promise<void>;
}

/**
 * Starts everything `npm start` shows: the emulator (data kept in `dataDir`), the plan lists
 * (provisioned by the real PnPjs code, idempotently), the demo plan on first start, and the
 * local host pages on the same origin.
 */
/** The Teams team whose channel the demo's alerts go to. */
const DEMO_TEAM = 'improvement-board';
/** An officer who is not a member of that team (Community Engagement Manager, based with partners). */
export const OUTSIDE_THE_TEAM = 'n.kowalski@northmoor.gov.uk';

export async function startLocalProduct(options: LocalProductOptions): Promise<LocalProduct> {
  const log = options.log ?? (() => undefined);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const demo = buildDemoPlan({ today: options.today });
  const buildDir = path.join(options.dataDir, 'host-build');
  if (!options.reuseBuild || !fs.existsSync(path.join(buildDir, 'app.js'))) {
    log('Building the local host…');
    await buildHost(buildDir);
  }
  const owner = demo.users.find((u) => u.persona === 'owner') ?? demo.users[0];
  const emulator = await startEmulator({
    port: options.port,
    dataDir: options.dataDir,
    users: demo.users.map(({ login, displayName, email, permission }) => ({ login, displayName, email, permission })),
    siteOwner: owner.login,
    // The programme office persona edits settings and runs change control.
    groups: { [PROGRAMME_OFFICE_GROUP]: demo.users.filter((u) => u.persona === 'pmo').map((u) => u.login) },
    // The improvement board's team: officers, not councillors. One officer works outside it, so
    // the demo shows what happens when Teams refuses a card from the person saving.
    teams: { [DEMO_TEAM]: demo.users.filter((u) => u.persona !== 'member' && u.login !== OUTSIDE_THE_TEAM).map((u) => u.login) },
    extraRoutes: hostRoutes({ buildDir, personas: demo.users, ...(options.appToday ? { today: options.appToday } : {}) })
  });
  try {
    const sp = createSp({ siteUrl: emulator.siteUrl, headers: { 'X-Emulator-User': owner.login } });
    const report = await provisionPlan(sp);
    if (report.listsCreated.length) log(`Provisioned ${report.listsCreated.length} lists.`);
    // The tenant property naming the plan site, which the personal app on the root site reads. The
    // site owner is the emulated tenant's SharePoint administrator.
    await registerTenantPlanSite(createSp({ siteUrl: emulator.url, headers: { 'X-Emulator-User': owner.login } }), emulator.url, emulator.siteUrl);
    if (!(await isPlanSeeded(sp))) {
      log('Seeding the demo plan (first start only)…');
      const seeded = await seedDemoPlan(sp, demo, (m) => log(`  ${m}`), {
        pastUpdates: (rows) => emulator.bulkAddItems(PROGRESS_UPDATES_LIST, rows),
        pastRiskReviews: (rows) => emulator.bulkAddItems(RISK_REVIEWS_LIST, rows)
      });
      log(`Seeded: ${Object.entries(seeded.created).map(([k, n]) => `${n} ${k}`).join(', ')}.`);
      // A few closed months, so the trends and "Changed since last report" have a history to show.
      const pmo = demo.users.find((u) => u.persona === 'pmo') ?? owner;
      await seedDemoSnapshots(sp, options.today, { displayName: pmo.displayName, email: pmo.email, login: pmo.login }, (m) => log(`  ${m}`));
      log(`Saved ${await seedDemoBusinessCases(sp, emulator.siteUrl, (m) => log(`  ${m}`))} business cases, each as its action's lead.`);
      const settled = await settleDemoRatings(sp, options.today);
      log(`Recorded today's policy rating for ${settled} actions, so the sweep reports only new slips.`);
      // Alerts from the app go to the local Teams channel; the sweep's webhooks default to the emulator's.
      await writeRoutingSettings(sp, [
        { title: 'routing:fallback', value: JSON.stringify({ teamId: DEMO_TEAM, channelId: 'improvement-alerts' }), description: 'Channel for slippage alerts of every theme' }
      ]);
    }
  } catch (error) {
    await emulator.close();
    throw error;
  }
  return { url: emulator.url, siteUrl: emulator.siteUrl, personas: demo.users, close: () => emulator.close() };
}
