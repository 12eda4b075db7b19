// What a share or embed link carries besides the design's structure: never a
// credential, and sample messages only when the user asked for them. Checked on
// the link's unpacked bytes, not only on the design read back from it.
import { inflateSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { col, kafka, link, pipeline, topic } from '../../test/pipelines';
import { serializeDesign } from '../persistence/designFile';
import { fromBase64Url } from './base64url';
import { decodeShare, encodeShare, encodeShareDetailed, topicsWithSamples } from './shareLink';

const SAMPLES = '{"id":1,"email":"jane.doe@customer.example"}\n{"id":2,"email":"john@customer.example"}';

const design = () =>
  pipeline(
    [
      topic('t', 'orders_topic', { brokers: 'alice:s3cret@broker:9092,[::1]:9093', samples: SAMPLES }),
      kafka('k', 'orders_queue', [col('id', 'UInt64'), col('email')], {
        brokers: 'alice:s3cret@broker:9092,[::1]:9093',
        settings: {
          kafka_sasl_password: 'Sasl-Pa55',
          kafka_sasl_username: 'svc-orders',
          'sasl.oauthbearer.client.secret': 'oauth-Xyz',
          kafka_ssl_key_location: '/secret/dir/client.key',
          format_avro_schema_registry_url: 'https://reg-user:Reg-Pa55@registry:8081',
          kafka_num_consumers: '2',
        },
      }),
    ],
    [link('t', 'k')],
  );

const SECRET_TEXTS = ['s3cret', 'alice', 'Sasl-Pa55', 'svc-orders', 'oauth-Xyz', 'client.key', 'reg-user', 'Reg-Pa55'];

/** The JSON text inside a fragment, exactly as it travels. */
function unpacked(fragment: string): string {
  const d = /(?:^|&)d=([^&]*)/.exec(fragment)?.[1];
  const bytes = fromBase64Url(d ?? '');
  if (!bytes.ok) throw new Error(bytes.error);
  return strFromU8(inflateSync(bytes.bytes));
}

describe('what travels in a link', () => {
  it('the design itself holds every secret and the samples (so the checks below can fail)', () => {
    const file = serializeDesign(design());
    for (const s of [...SECRET_TEXTS, 'jane.doe@customer.example']) expect(file).toContain(s);
  });

  it.each([
    ['share link', {}],
    ['embed link', { readOnly: true, view: 'canvas' as const }],
  ])('%s: no secret and no sample text unless asked for', (_name, flags) => {
    const enc = encodeShareDetailed(design(), flags);
    const text = unpacked(enc.fragment);
    for (const s of SECRET_TEXTS) expect(text).not.toContain(s);
    expect(text).not.toContain('customer.example');
    expect(text).not.toContain('"samples"');
    // What stays: the hosts, the harmless settings, the columns.
    expect(text).toContain('broker:9092,[::1]:9093');
    expect(text).toContain('kafka_num_consumers');
    expect(text).toContain('https://registry:8081');
    expect(enc.samplesLeftOut).toEqual(['orders_topic']);
    expect(enc.removed.length).toBeGreaterThanOrEqual(6);
  });

  it('samples travel when the box is ticked, still without secrets', () => {
    const enc = encodeShareDetailed(design(), {}, { samples: true });
    const text = unpacked(enc.fragment);
    expect(text).toContain('jane.doe@customer.example');
    for (const s of SECRET_TEXTS) expect(text).not.toContain(s);
    expect(enc.samplesLeftOut).toEqual([]);
  });

  it('decodes links with and without samples', () => {
    for (const samples of [false, true]) {
      const r = decodeShare(encodeShare(design(), {}, { samples }));
      if (!r.ok) throw new Error(r.error);
      const t = r.pipeline.entities.find((e) => e.kind === 'kafkaTopic');
      expect(t?.kind === 'kafkaTopic' ? (t.samples ?? '') : null).toBe(samples ? SAMPLES : '');
      expect(r.warnings).toEqual([]);
    }
  });

  it('lists topics with samples and is silent for designs without', () => {
    expect(topicsWithSamples(design())).toEqual(['orders_topic']);
    const none = pipeline([topic('t', 'x')]);
    expect(topicsWithSamples(none)).toEqual([]);
    expect(encodeShareDetailed(none).samplesLeftOut).toEqual([]);
    // Without samples the ticked and unticked links are the same link.
    expect(encodeShare(none, {}, { samples: true })).toBe(encodeShare(none));
  });
});
