// Imported first by main.tsx, before any schema is built: zod 4 otherwise probes `new Function('')` to
// decide whether to compile fast parsers, and under the app's CSP (no 'unsafe-eval') Chromium reports
// that probe as a violation even though zod catches it. Parsing stays the same, only uncompiled.
import { z } from 'zod';

z.config({ jitless: true });
