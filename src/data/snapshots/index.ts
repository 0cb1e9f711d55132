/** PnPjs adapter for closed reporting periods, and the chunking of long JSON over Note columns. */
import type { SPFI } from '@pnp/sp';
import type { SnapshotStore } from '../../application/periods';
import { SpSnapshotStore } from './spSnapshotStore';

export { SpSnapshotStore } from './spSnapshotStore';
export { DEFAULT_CHUNK_CHARS, joinChunks, splitIntoChunks } from './chunks';

/** The closed periods of a plan site, for hosts (which may not import PnPjs themselves). */
export function createSnapshotStore(sp: SPFI): SnapshotStore {
  return new SpSnapshotStore(sp);
}
