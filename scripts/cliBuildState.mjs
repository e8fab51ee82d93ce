// Where the built CLI lives and whether it is older than its sources (no esbuild loaded here: the
// launcher runs this check at every start).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = path.join(root, 'dist-cli');
export const CLI_ENTRY = path.join(CLI_OUT_DIR, 'main.mjs');

/** True when dist-cli is missing, or a source the last build read is newer than it (or gone). */
export function isCliStale() {
  let builtAt;
  let inputs;
  try {
    builtAt = fs.statSync(CLI_ENTRY).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(path.join(CLI_OUT_DIR, 'inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  for (const rel of inputs) {
    try {
      if (fs.statSync(path.join(root, rel)).mtimeMs > builtAt) return true;
    } catch {
      return true;
    }
  }
  return false;
}
