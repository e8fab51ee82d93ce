// Browser mode's server in a process of its own, for the HTTP fuzz: if a request can end it, the
// fuzz sees the process gone. Prints one line {port, token} when listening.
import fs from 'node:fs';
import path from 'node:path';

import { createAppContext } from '../../../electron/core/appContext.js';
import { startBrowserServer } from '../../../electron/core/browserMode/startBrowserServer.js';

const dir = process.argv[2];
const rendererDir = path.join(dir, 'renderer');
fs.mkdirSync(rendererDir, { recursive: true });
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>申报通</title>');
fs.writeFileSync(path.join(rendererDir, 'app.js'), 'console.log(1)');
const ctx = createAppContext({ dbPath: path.join(dir, 'school.sqlite'), dataDir: dir, appVersion: 'fuzz' });
void startBrowserServer(ctx, { rendererDir }).then((s) => {
  process.stdout.write(`${JSON.stringify({ port: s.port, token: s.token })}\n`);
});
