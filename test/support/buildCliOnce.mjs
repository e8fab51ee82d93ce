// Vitest global setup: build the CLI once before test files start it side by side, so no two test
// processes rebuild dist-cli at the same moment.
import { buildCli } from '../../scripts/buildCli.mjs';
import { isCliStale } from '../../scripts/cliBuildState.mjs';

export default async function setup() {
  if (isCliStale()) await buildCli();
}
