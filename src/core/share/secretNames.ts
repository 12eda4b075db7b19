// Which setting names carry credentials. A name ClickHouse 26.7 knows is
// decided by what it is (the settings table marks the SASL user and password);
// every other name (typed by hand, a librdkafka option, a setting added to
// ClickHouse later) is judged by how it looks, and when it looks anything like
// a credential it is treated as one: removing a harmless setting from a shared
// copy costs a retype, leaking a password cannot be undone.
import { findKafkaSetting } from '../clickhouse/kafkaSettings';
import lexicon from '../clickhouse/lexicon.json';

// Known settings that hold no credential although their names contain a
// suspicious word: `compress_primary_key`, `format_display_secrets_in_show_and_select`,
// `input_format_json_ignore_unknown_keys_in_named_tuple`, ... . A URL among them
// (`format_avro_schema_registry_url`) keeps its name but loses any user:password
// in its value (see secretText.ts).
const KNOWN_PLAIN: ReadonlySet<string> = new Set(
  [...lexicon.kafkaSettings, ...lexicon.mergeTreeSettings, ...lexicon.formatSettings]
    .map((s) => s.name)
    .filter((n) => !findKafkaSetting(n)?.secret),
);

/**
 * Word fragments that mark a credential in an unknown name. `key` is matched
 * anywhere (api_key, ssl.key.location, keystore, keytab), `auth` covers OAuth,
 * OIDC and authorization headers; `user`, `username`, `login` and `principal`
 * only as whole words (`sasl.username`, `kafka_user`), since as parts of other
 * words they say nothing.
 */
const SECRET_NAME = /pass(word|wd|phrase)|pwd|secret|key|token|credential|auth|oidc|jaas|bearer|(^|[._-])(user|username|login|principal)($|[._-])/;

/** True when a setting of this name must not leave the user's machine in a shared copy. */
export function isSecretSetting(name: string): boolean {
  const n = name.trim().toLowerCase();
  if (findKafkaSetting(n)?.secret) return true;
  if (KNOWN_PLAIN.has(n)) return false;
  return SECRET_NAME.test(n);
}

/** The broker-list settings whose values are `host:port` entries, with or without a scheme. */
export function isBrokerListSetting(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === 'kafka_broker_list' || n === 'bootstrap.servers' || n === 'metadata.broker.list';
}
