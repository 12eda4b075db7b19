// What must never leave the user's machine in a copy meant for others: Kafka
// credentials. A link ends up in chat logs, browser history and documentation
// pages, an image in slides, a shared file in a repository; so every outward
// path (share and embed links, PNG/SVG export, "Save without secrets") goes
// through removeSecrets, and anything that looks like a secret is left out
// rather than guessed about. The rules for names are in secretNames.ts, for
// values in secretText.ts.
import type { Entity, KafkaTable, KafkaTopic, MergeTreeTable, Pipeline } from '../model/types';
import { isBrokerListSetting, isSecretSetting } from './secretNames';
import { blankSecretPairs, credentialParts, stripBrokerUserinfo, stripUrlUserinfo, type Stripped } from './secretText';

export { isSecretSetting } from './secretNames';

export interface SecretRemoval {
  /** Where something was removed, for the dialogs: `events_queue: kafka_sasl_password`. */
  removed: string[];
  pipeline: Pipeline;
  /**
   * The removed texts themselves (setting values, `user:pass` and its parts),
   * longest first: anything already rendered from the original design (an
   * image of the canvas) is scrubbed of them with redactText.
   */
  values: string[];
  /** Whole field texts before and after, so a rendered field reads as the redacted design's. */
  fields: [before: string, after: string][];
}

/** What stands in for a secret in rendered text. */
export const REDACTED = '•••';

class Collector {
  readonly removed: string[] = [];
  readonly values = new Set<string>();
  readonly fields = new Map<string, string>();

  setting(owner: string, name: string, value: string): void {
    this.removed.push(`${owner}: ${name}`);
    const v = value.trim();
    this.values.add(v);
    // An SQL literal shows unquoted in some places and quoted in others.
    const inner = /^'([\s\S]*)'$/.exec(v)?.[1];
    if (inner !== undefined) this.values.add(inner.replace(/\\(.)|''/g, (m, c: string | undefined) => c ?? "'"));
  }

  /** Applies `strip` to a field's text; records what went and how the field now reads. */
  text(owner: string, where: string, before: string, strip: (t: string) => Stripped): string {
    const r = strip(before);
    if (r.found.length === 0) return before;
    this.removed.push(`${owner}: user and password in ${where}`);
    for (const f of r.found) for (const part of credentialParts(f)) this.values.add(part);
    this.fields.set(before, r.text);
    return r.text;
  }
}

const label = (e: Entity) => e.name || '(no name)';

// A broker list loses user information in each entry; any other value loses
// URL user information and credential pairs written inside it.
function settingValue(c: Collector, owner: string, name: string, value: string): string {
  const where = `setting ${name}`;
  if (isBrokerListSetting(name)) return c.text(owner, where, value, stripBrokerUserinfo);
  const noUrl = c.text(owner, where, value, stripUrlUserinfo);
  return c.text(owner, where, noUrl, (t) => blankSecretPairs(t, isSecretSetting));
}

function brokers<T extends KafkaTopic | KafkaTable>(c: Collector, e: T): T {
  const b = c.text(label(e), 'the brokers', e.brokers, stripBrokerUserinfo);
  return b === e.brokers ? e : { ...e, brokers: b };
}

function cleanKafkaTable(c: Collector, e: KafkaTable): KafkaTable {
  const settings: Record<string, string> = {};
  let changed = false;
  for (const [name, value] of Object.entries(e.settings)) {
    // Overrides of a named collection are settings too, and judged the same way.
    if (isSecretSetting(name)) {
      c.setting(label(e), name, value);
      changed = true;
      continue;
    }
    settings[name] = settingValue(c, label(e), name, value);
    if (settings[name] !== value) changed = true;
  }
  const out = brokers(c, e);
  return changed ? { ...out, settings } : out;
}

function cleanMergeTree(c: Collector, e: MergeTreeTable): MergeTreeTable {
  let changed = false;
  const settings = [];
  for (const s of e.settings) {
    if (isSecretSetting(s.name)) {
      c.setting(label(e), s.name, s.value);
      changed = true;
      continue;
    }
    const value = settingValue(c, label(e), s.name, s.value);
    if (value !== s.value) changed = true;
    settings.push(value === s.value ? s : { ...s, value });
  }
  return changed ? { ...e, settings } : e;
}

function cleanEntity(c: Collector, e: Entity): Entity {
  switch (e.kind) {
    case 'kafkaTopic':
      return brokers(c, e);
    case 'kafkaTable':
      return cleanKafkaTable(c, e);
    case 'mergeTree':
      return cleanMergeTree(c, e);
    default:
      return e;
  }
}

/**
 * The one decision on what is secret in a design: the design without it, a
 * list of what was taken out (empty when nothing was), and the removed texts
 * for scrubbing anything rendered from the original. Never changes `p`.
 */
export function removeSecrets(p: Pipeline): SecretRemoval {
  const c = new Collector();
  const entities = p.entities.map((e) => cleanEntity(c, e));
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    removed: c.removed,
    pipeline: c.removed.length === 0 ? p : { ...p, entities },
    values: [...c.values].filter((v) => v !== '').sort(byLength),
    fields: [...c.fields].sort((a, b) => byLength(a[0], b[0])),
  };
}

/**
 * `text` as it would read if rendered from the redacted design: whole fields
 * first (a broker line becomes the redacted broker line), then any remaining
 * secret text replaced by REDACTED. A very short secret also hides the same
 * letters elsewhere in the text; a garbled word in an image is the lesser harm.
 */
export function redactText(text: string, r: Pick<SecretRemoval, 'values' | 'fields'>): string {
  let out = text;
  for (const [before, after] of r.fields) if (before !== '') out = out.split(before).join(after);
  for (const v of r.values) out = out.split(v).join(REDACTED);
  return out;
}

/** The secret texts still present in `text` (empty when it is clean). */
export function secretsIn(text: string, r: Pick<SecretRemoval, 'values'>): string[] {
  return r.values.filter((v) => text.includes(v));
}
