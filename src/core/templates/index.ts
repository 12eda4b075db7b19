// Ready-made designs offered by the Templates menu. Each is built fresh on
// every call, and each is checked by its test to validate cleanly and to run
// on ClickHouse.
import { aivenSeed } from './aivenSeed';
import { avroRegistry } from './avroRegistry';
import { deadLetter } from './deadLetter';
import { dedupReplacing } from './dedupReplacing';
import { fanOut } from './fanOut';
import { minuteRollup } from './minuteRollup';
import { monthlyTtl } from './monthlyTtl';
import type { Template } from './template';

export type { Template } from './template';

export const TEMPLATES: readonly Template[] = [
  aivenSeed,
  monthlyTtl,
  dedupReplacing,
  minuteRollup,
  deadLetter,
  fanOut,
  avroRegistry,
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
