// The core host in a Node child process (the test's stand-in for Electron's utility process): the
// same startCoreHost, with the child's IPC channel as its port.
import type { FromCore, ToCore } from '../../../electron/core/host/hostMessages';
import { startCoreHost } from '../../../electron/core/host/startCoreHost';

startCoreHost({
  post: (m: FromCore) => process.send!(m),
  onMessage: (l: (m: ToCore) => void) => process.on('message', (m) => l(m as ToCore)),
});
