import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NAME_EVIDENCE, STRONG_ORG_EVIDENCE } from '../../../lib/data/name-evidence';

/** The entity finder's evidence is a closed list (the type checks every use); no name in it is dead. */
describe('the evidence the entity finder records', () => {
  const dir = join(__dirname, '../../../lib/nlp/entities');
  const code = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');

  test.each(NAME_EVIDENCE)('"%s" is recorded somewhere', (evidence) => {
    expect(code.includes(`'${evidence}'`)).toBe(true);
  });

  test('names each piece once, and the strong organisation evidence is part of it', () => {
    expect(new Set(NAME_EVIDENCE).size).toBe(NAME_EVIDENCE.length);
    for (const e of STRONG_ORG_EVIDENCE) expect(NAME_EVIDENCE).toContain(e);
  });
});
