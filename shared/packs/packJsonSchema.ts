import { z } from 'zod';

import { packSchema } from './packSchema.js';

/** The JSON Schema of the pack format (input form: defaulted keys optional), as committed in assets/packs/pack.schema.json. */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://shenbaotong.local/pack.schema.json', title: '申报通 通知包（formatVersion 1）' };
}

export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
