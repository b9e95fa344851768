/** Generates the JSON Schema for config files from the zod schema (run by scripts/build.mjs). */
import * as z from 'zod/mini';
import '../src/core/zod.js';
import { ConfigSchema } from '../src/core/config/schema.js';

export function configJsonSchema(): string {
  const schema = z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const ordered = {
    $schema: schema.$schema,
    $id: 'https://github.com/ledgerlint/ledgerlint/blob/main/schema/ledgerlint.schema.json',
    title: 'ledgerlint configuration',
    ...schema,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
