// The one decision on what is secret, form by form: each row is a design field
// or setting, the text that must disappear, and the text that must stay.
import { describe, expect, it } from 'vitest';
import { col, kafka, mergeTree, pipeline, topic } from '../../test/pipelines';
import type { Pipeline } from '../model/types';
import { isSecretSetting, REDACTED, redactText, removeSecrets, secretsIn } from './secrets';

const topicWith = (brokers: string): Pipeline => pipeline([topic('t', 'orders', { brokers })]);
const tableWith = (settings: Record<string, string>, extra: Parameters<typeof kafka>[3] = {}): Pipeline =>
  pipeline([kafka('k', 'orders_queue', [col('id')], { settings, ...extra })]);
const mergeTreeWith = (name: string, value: string): Pipeline =>
  pipeline([mergeTree('m', 'orders', [col('id', 'UInt64')], { settings: [{ name, value }] })]);

interface Row {
  form: string;
  design: Pipeline;
  /** Substrings that must be gone from the cleaned design. */
  gone: string[];
  /** Substrings that must survive. */
  kept: string[];
  /** A fragment of the `removed` note. */
  note: RegExp;
}

const SECRET_FORMS: Row[] = [
  { form: 'userinfo without a scheme, first of two brokers', design: topicWith('alice:s3cret@broker1:9092,broker2:9092'), gone: ['alice', 's3cret'], kept: ['broker1:9092,broker2:9092'], note: /orders: user and password in the brokers/ },
  { form: 'userinfo without a scheme, second broker', design: topicWith('b1:9092, bob:pw9@b2:9092'), gone: ['bob', 'pw9'], kept: ['b1:9092, b2:9092'], note: /brokers/ },
  { form: 'userinfo with a Kafka scheme', design: topicWith('SASL_SSL://carol:Xy_z@b:9093'), gone: ['carol', 'Xy_z'], kept: ['SASL_SSL://b:9093'], note: /brokers/ },
  { form: 'a password holding @ and :', design: topicWith('dave:p@ss:w0rd@b:9092'), gone: ['p@ss:w0rd', 'dave'], kept: ['b:9092'], note: /brokers/ },
  { form: 'user only', design: topicWith('erin@b:9092'), gone: ['erin'], kept: ['b:9092'], note: /brokers/ },
  { form: 'userinfo in front of an IPv6 broker', design: topicWith('frank:pw1@[::1]:9092'), gone: ['frank', 'pw1'], kept: ['[::1]:9092'], note: /brokers/ },
  { form: 'userinfo in the Kafka table brokers', design: pipeline([kafka('k', 'q', [col('id')], { brokers: 'gina:pw2@b:9092' })]), gone: ['gina', 'pw2'], kept: ['b:9092'], note: /q: user and password in the brokers/ },
  { form: 'userinfo in a quoted kafka_broker_list setting', design: tableWith({ kafka_broker_list: "'hank:pw3@b:9092'" }), gone: ['hank', 'pw3'], kept: ["'b:9092'"], note: /setting kafka_broker_list/ },
  { form: 'URL userinfo in a schema registry URL', design: tableWith({ format_avro_schema_registry_url: 'https://reguser:pw4@registry.example.com:8081/x' }), gone: ['reguser', 'pw4'], kept: ['https://registry.example.com:8081/x'], note: /user and password in setting format_avro_schema_registry_url/ },
  { form: 'URL userinfo in an unknown URL setting', design: tableWith({ my_webhook_url: "'http://u5:pw5@hook.example/'" }), gone: ['u5', 'pw5'], kept: ["'http://hook.example/'"], note: /my_webhook_url/ },
  { form: 'URL userinfo in a MergeTree setting', design: mergeTreeWith('disk', "disk(type = s3, endpoint = 'https://ak6:sk6@s3.example/b/')"), gone: ['ak6', 'sk6'], kept: ['https://s3.example/b/'], note: /orders: user and password in setting disk/ },
  { form: 'a credential pair inside a MergeTree setting', design: mergeTreeWith('disk', "disk(type = s3, access_key_id = 'AKIA7', secret_access_key = 'sk7/x')"), gone: ['AKIA7', 'sk7/x'], kept: ["access_key_id = ''", "secret_access_key = ''", 'type = s3'], note: /setting disk/ },
  { form: 'SASL password', design: tableWith({ kafka_sasl_password: 'pw8' }), gone: ['pw8', 'kafka_sasl_password'], kept: [], note: /orders_queue: kafka_sasl_password/ },
  { form: 'SASL username', design: tableWith({ kafka_sasl_username: 'user9' }), gone: ['user9'], kept: [], note: /kafka_sasl_username/ },
  { form: 'SASL password as a named-collection override', design: tableWith({ kafka_sasl_password: "'pw10'", kafka_num_consumers: '2' }, { namedCollection: 'kc' }), gone: ['pw10'], kept: ['kafka_num_consumers', '"namedCollection":"kc"'], note: /kafka_sasl_password/ },
  { form: 'a *password* name', design: tableWith({ kafka_ssl_key_password: 'pw11' }), gone: ['pw11'], kept: [], note: /kafka_ssl_key_password/ },
  { form: 'a *passwd* name', design: tableWith({ db_passwd: 'pw12' }), gone: ['pw12'], kept: [], note: /db_passwd/ },
  { form: 'a *secret* name', design: tableWith({ 'sasl.oauthbearer.client.secret': 'pw13' }), gone: ['pw13'], kept: [], note: /client\.secret/ },
  { form: 'a *key* name (SSL key location)', design: tableWith({ kafka_ssl_key_location: '/etc/k.pem' }), gone: ['/etc/k.pem'], kept: [], note: /kafka_ssl_key_location/ },
  { form: 'a keystore', design: tableWith({ 'ssl.keystore.location': '/etc/ks.p12' }), gone: ['/etc/ks.p12'], kept: [], note: /keystore/ },
  { form: 'a token', design: tableWith({ KAFKA_OAUTH_TOKEN: 'tok14' }), gone: ['tok14'], kept: [], note: /KAFKA_OAUTH_TOKEN/ },
  { form: 'credentials', design: tableWith({ kafka_aws_credentials: 'cred15' }), gone: ['cred15'], kept: [], note: /credentials/ },
  { form: 'OAuth/OIDC config (librdkafka)', design: tableWith({ 'sasl.oauthbearer.config': 'scope=x', 'sasl.oauthbearer.token.endpoint.url': 'https://idp/t' }), gone: ['scope=x', 'https://idp/t'], kept: [], note: /sasl\.oauthbearer\.config/ },
  { form: 'OAuth config (ClickHouse style)', design: tableWith({ kafka_sasl_oauthbearer_method: 'oidc' }), gone: ['oidc'], kept: [], note: /kafka_sasl_oauthbearer_method/ },
  { form: 'a librdkafka SASL user name', design: tableWith({ 'sasl.username': 'user16' }), gone: ['user16'], kept: [], note: /sasl\.username/ },
  { form: 'a JAAS config', design: tableWith({ 'sasl.jaas.config': 'x password="pw17"' }), gone: ['pw17'], kept: [], note: /jaas/ },
];

// Known settings whose names contain a suspicious word, and plain values that
// merely look odd: all must survive unchanged.
const NEAR_MISSES: Row[] = [
  { form: 'broker host:port', design: topicWith('broker:9092'), gone: [], kept: ['broker:9092'], note: /^$/ },
  { form: 'IPv6 brokers', design: topicWith('[::1]:9092,[fe80::1%eth0]:9093'), gone: [], kept: ['[::1]:9092,[fe80::1%eth0]:9093'], note: /^$/ },
  { form: 'a scheme without userinfo', design: topicWith('SASL_SSL://b1:9093,PLAINTEXT://b2:9092'), gone: [], kept: ['SASL_SSL://b1:9093,PLAINTEXT://b2:9092'], note: /^$/ },
  { form: 'kafka_topic_list, keeper path, SASL mechanism, protocol, client id', design: tableWith({ kafka_topic_list: 't', kafka_keeper_path: '/ch/k', kafka_replica_name: 'r1', kafka_sasl_mechanism: 'SCRAM-SHA-512', kafka_security_protocol: 'sasl_ssl', kafka_client_id: 'ch' }), gone: [], kept: ['/ch/k', 'r1', 'SCRAM-SHA-512', 'sasl_ssl', 'kafka_client_id'], note: /^$/ },
  { form: 'a registry URL without userinfo', design: tableWith({ format_avro_schema_registry_url: 'https://registry:8081' }), gone: [], kept: ['https://registry:8081'], note: /^$/ },
  { form: 'format settings with key/secret in the name', design: tableWith({ input_format_json_ignore_unknown_keys_in_named_tuple: '1', format_display_secrets_in_show_and_select: '0' }), gone: [], kept: ['ignore_unknown_keys', 'format_display_secrets_in_show_and_select'], note: /^$/ },
  { form: 'MergeTree settings with key in the name', design: mergeTreeWith('compress_primary_key', '0'), gone: [], kept: ['compress_primary_key'], note: /^$/ },
  { form: 'a mail-like comment is free text', design: pipeline([topic('t', 'x', { comment: 'owner: ops@example.com' })]), gone: [], kept: ['ops@example.com'], note: /^$/ },
];

describe('removeSecrets, form by form', () => {
  it.each(SECRET_FORMS)('$form', ({ design, gone, kept, note }) => {
    const before = JSON.stringify(design);
    for (const g of gone) expect(before, 'the row must start with the secret in it').toContain(g);
    const r = removeSecrets(design);
    const after = JSON.stringify(r.pipeline);
    for (const g of gone) expect(after).not.toContain(g);
    for (const k of kept) expect(after).toContain(k);
    expect(r.removed.join('\n')).toMatch(note);
    // Every removed text is listed for scrubbing rendered copies.
    for (const g of gone.filter((x) => !/^kafka_/.test(x))) expect(r.values.some((v) => v.includes(g) || g.includes(v))).toBe(true);
    expect(JSON.stringify(design)).toBe(before);
  });

  it.each(NEAR_MISSES)('keeps $form', ({ design, kept }) => {
    const r = removeSecrets(design);
    expect(r.removed).toEqual([]);
    expect(r.pipeline).toBe(design);
    for (const k of kept) expect(JSON.stringify(r.pipeline)).toContain(k);
  });
});

describe('isSecretSetting', () => {
  it.each([
    'kafka_sasl_password', 'kafka_sasl_username', 'KAFKA_SASL_PASSWORD', ' kafka_sasl_password ', 'kafka_ssl_key_password',
    'kafka_ssl_key', 'ssl.key.location', 'ssl.keystore.password', 'kafka_sasl_kerberos_keytab', 'api_key', 'my_secret',
    'sasl.oauthbearer.client.id', 'kafka_sasl_oauthbearer_scope', 'insert_deduplication_token', 'sasl_user', 'login',
  ])('%s is secret', (n) => expect(isSecretSetting(n)).toBe(true));

  it.each([
    'kafka_keeper_path', 'kafka_topic_list', 'kafka_broker_list', 'kafka_sasl_mechanism', 'kafka_security_protocol',
    'kafka_num_consumers', 'kafka_client_id', 'kafka_aws_region', 'format_avro_schema_registry_url', 'allow_nullable_key',
    'primary_key_compress_block_size', 'format_display_secrets_in_show_and_select', 'input_format_hive_text_map_keys_delimiter',
  ])('%s is not', (n) => expect(isSecretSetting(n)).toBe(false));
});

describe('redactText: rendered text as the redacted design would read', () => {
  const design = pipeline([
    topic('t', 'orders', { brokers: 'alice:s3cret@broker:9092,broker2:9092' }),
    kafka('k', 'orders_queue', [col('id')], { settings: { kafka_sasl_password: "'Pa55-word'" } }),
  ]);
  const r = removeSecrets(design);

  it('turns a whole broker line into the redacted one and hides stray copies', () => {
    expect(redactText('brokers alice:s3cret@broker:9092,broker2:9092', r)).toBe('brokers broker:9092,broker2:9092');
    expect(redactText('password is Pa55-word (quoted: \'Pa55-word\')', r)).toBe(`password is ${REDACTED} (quoted: ${REDACTED})`);
    expect(redactText('…alice:s3cret@brok…', r)).not.toMatch(/s3cret|alice/);
  });

  it('finds what is left', () => {
    expect(secretsIn('x s3cret y', r)).toContain('s3cret');
    expect(secretsIn(redactText('x s3cret y alice Pa55-word', r), r)).toEqual([]);
    expect(secretsIn('broker:9092', r)).toEqual([]);
  });

  it('lists nothing for a design without secrets', () => {
    const plain = removeSecrets(topicWith('b:9092'));
    expect(plain).toMatchObject({ removed: [], values: [], fields: [] });
    expect(redactText('b:9092', plain)).toBe('b:9092');
  });
});
