import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { CALL_NAMES } from '../../../shared/api/contract';

const API_DIR = path.resolve(__dirname, '../../../shared/api');

describe('the contract’s files', () => {
  it('keep each namespace’s calls in the one file named for it (application/rename → applicationCalls.ts)', async () => {
    const seen: string[] = [];
    for (const file of fs.readdirSync(API_DIR).filter((f) => f.endsWith('Calls.ts'))) {
      const base = file.replace(/Calls\.ts$/, '');
      const mod = (await import(path.join(API_DIR, file))) as Record<string, unknown>;
      const calls = Object.entries(mod).filter(([k]) => k.endsWith('Calls'));
      expect(
        calls.map(([k]) => k),
        file,
      ).toEqual([`${base}Calls`]);
      for (const name of Object.keys(calls[0][1] as object)) {
        const ns = name.slice(0, name.indexOf('/'));
        expect([base, `${base}s`], `${name} in ${file}`).toContain(ns);
        seen.push(name);
      }
    }
    expect(seen.sort()).toEqual([...CALL_NAMES].sort());
  });
});
