// A setting value as the model stores it: the plain value where the generator
// writes that back as the same literal, otherwise the literal as written.
import { settingLiteral, type LiteralKind } from '../settingValue';
import type { SettingText } from './ast';

export function modelSettingValue(s: SettingText, kind: LiteralKind | undefined): string {
  if (s.string !== undefined && settingLiteral(s.string, kind) === s.value) return s.string;
  return s.value;
}

/** ClickHouse prints secrets it hides in SHOW CREATE as this string. */
export const HIDDEN = '[HIDDEN]';
