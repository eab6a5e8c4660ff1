/**
 * Writes the captures made with the test builder into src/capture/fixtures/built/ (run by
 * scripts/capture-oracle.sh before tshark reads them). The fixtures test checks that the
 * committed files still equal what the builder makes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_FIXTURES } from '../src/capture/testing/builtFixtures';

const dir = join(import.meta.dirname, '../src/capture/fixtures/built');
for (const [name, make] of Object.entries(BUILT_FIXTURES)) writeFileSync(join(dir, name), make());
