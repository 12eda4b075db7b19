// What must never travel in a share link: Kafka credentials. A link ends up in
// chat logs, browser history and documentation pages, so anything that looks
// like a secret is left out rather than guessed about.
import { findKafkaSetting } from '../clickhouse/kafkaSettings';
import type { Entity, KafkaTable, Pipeline } from '../model/types';

/**
 * Settings that carry credentials: the ones the settings table marks secret, and by
 * name anything that looks like a password, key, token or secret (settings typed in
 * by hand, or added to ClickHouse later).
 */
export function isSecretSetting(name: string): boolean {
  if (findKafkaSetting(name)?.secret) return true;
  return /password|passwd|secret|token|(^|_)key($|_)|credential|sasl_username/.test(name.toLowerCase());
}

// `scheme://user:pass@host` in a value (a schema registry URL, for instance).
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;

export interface SecretRemoval {
  /** Where something was removed, for the Share dialog: `events_queue: kafka_sasl_password`. */
  removed: string[];
  pipeline: Pipeline;
}

function cleanKafkaTable(e: KafkaTable, removed: string[]): KafkaTable {
  let changed = false;
  const settings: Record<string, string> = {};
  for (const [name, value] of Object.entries(e.settings)) {
    if (isSecretSetting(name)) {
      removed.push(`${e.name}: ${name}`);
      changed = true;
      continue;
    }
    const stripped = value.replace(URL_USERINFO, '$1');
    if (stripped !== value) {
      removed.push(`${e.name}: user and password in ${name}`);
      changed = true;
    }
    settings[name] = stripped;
  }
  const brokers = e.brokers.replace(URL_USERINFO, '$1');
  if (brokers !== e.brokers) {
    removed.push(`${e.name}: user and password in the brokers`);
    changed = true;
  }
  return changed ? { ...e, settings, brokers } : e;
}

function cleanEntity(e: Entity, removed: string[]): Entity {
  if (e.kind === 'kafkaTable') return cleanKafkaTable(e, removed);
  if (e.kind === 'kafkaTopic') {
    const brokers = e.brokers.replace(URL_USERINFO, '$1');
    if (brokers === e.brokers) return e;
    removed.push(`${e.name}: user and password in the brokers`);
    return { ...e, brokers };
  }
  return e;
}

/** The design without secrets, and a list of what was taken out (empty when nothing was). */
export function removeSecrets(p: Pipeline): SecretRemoval {
  const removed: string[] = [];
  const entities = p.entities.map((e) => cleanEntity(e, removed));
  return { removed, pipeline: removed.length === 0 ? p : { ...p, entities } };
}
