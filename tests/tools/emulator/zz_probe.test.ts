import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
test('probe', () => {
  let ok1 = false, ok2 = false;
  try { require('node:sqlite'); ok1 = true; } catch (e) { console.log('require fail', String(e)); }
  try { (process as any).getBuiltinModule('node:sqlite'); ok2 = true; } catch (e) { console.log('gbm fail', String(e)); }
  console.log(process.version, ok1, ok2, typeof spfi, typeof SPBrowser, typeof fetch);
});
