/**
 * The function app's entry (package.json "main" after the build): registers the sweep's timer
 * with the Azure Functions runtime (programming model v4). Everything it runs is in slippageSweep.ts.
 */
import { app } from '@azure/functions';
import { slippageSweep, SWEEP_SCHEDULE } from './slippageSweep';

app.timer('slippageSweep', { schedule: SWEEP_SCHEDULE, runOnStartup: false, handler: slippageSweep });
