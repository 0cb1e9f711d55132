/** PnPjs adapter for closed reporting periods, and the chunking of long JSON over Note columns. */
export { SpSnapshotStore } from './spSnapshotStore';
export { DEFAULT_CHUNK_CHARS, joinChunks, splitIntoChunks } from './chunks';
