// The core process of the desktop app (Electron's utilityProcess, built to dist-electron/core.cjs).
// Electron gives a utility process `process.parentPort`; nothing here imports 'electron'.
import type { FromCore, ToCore } from './hostMessages.js';
import { startCoreHost } from './startCoreHost.js';

interface ParentPort {
  on(event: 'message', listener: (e: { data: ToCore }) => void): void;
  postMessage(message: FromCore): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('utilityCoreEntry runs only as an Electron utility process');
startCoreHost({
  post: (m) => parentPort.postMessage(m),
  onMessage: (listener) => parentPort.on('message', (e) => listener(e.data)),
});
