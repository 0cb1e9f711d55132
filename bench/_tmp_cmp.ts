import { measurePlanLoad } from './planLoad';
(async () => { const r = await measurePlanLoad('x', { mainActions: 6250, subActionsPerMain: 3 }, 5); console.log(process.env.IPT_NO_RANGES ? 'NO RANGES' : 'RANGES', JSON.stringify(r.map(f => [f.figure, f.detail]))); })();
