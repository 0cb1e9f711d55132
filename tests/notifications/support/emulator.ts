/** A fresh emulator in a temporary folder, for the senders' HTTP tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';

export interface RunningEmulator {
  emu: EmulatorHandle;
  /** The recorded channel messages. */
  messages(): Promise<Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

export async function runEmulator(): Promise<RunningEmulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipt-notify-'));
  const emu = await startEmulator({ port: 0, dataDir });
  return {
    emu,
    messages: async () => (await (await fetch(`${emu.url}/_emulator/channel-messages`)).json()) as Array<Record<string, unknown>>,
    stop: async () => {
      await emu.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
