import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../test/hostileNames';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../../test/pipelines';
import { goldenCases } from '../../test/golden';
import { emptyPipeline, type Pipeline } from '../model/types';
import { canonicalPipeline, DESIGN_FORMAT, DESIGN_VERSION, parseDesign, serializeDesign } from '../persistence/designFile';
import { generateSql } from '../sql/generate';
import { TEMPLATES } from '../templates';
import { toBase64Url } from './base64url';
import { isSecretSetting, removeSecrets } from './secrets';
import { decodeShare, encodeShare, encodeShareDetailed, hasSharedDesign, MAX_DESIGN_BYTES, shareUrl } from './shareLink';

function viaFile(p: Pipeline): Pipeline {
  const r = parseDesign(serializeDesign(p));
  if (!r.ok) throw new Error(r.error);
  return r.pipeline;
}

function decoded(fragment: string) {
  const r = decodeShare(fragment);
  if (!r.ok) throw new Error(`expected a design, got: ${r.error}`);
  return r;
}

function failure(fragment: string): string {
  let r: ReturnType<typeof decodeShare> | undefined;
  expect(() => (r = decodeShare(fragment))).not.toThrow();
  if (!r || r.ok) throw new Error(`expected ${fragment.slice(0, 40)}… to be refused`);
  return r.error;
}

/** A design whose every free-text field is hostile: quotes, backslashes, newlines, NUL, emoji, a lone surrogate. */
function hostileDesign(): Pipeline {
  const nasty = [...HOSTILE, 'lone \ud800 surrogate'];
  const cols = nasty.map((n, i) => col(n, i % 2 ? 'String' : 'Nullable(Int64)', { comment: n, defaultExpr: '', codec: '' }));
  const t = topic('t1', nasty[1]!, { brokers: 'b1:9092,b2:9092', topic: nasty[2]!, comment: nasty[8]! });
  const k = kafka('k1', nasty[3]!, cols, { database: nasty[7]!, settings: { kafka_num_consumers: '2', [nasty[4]!]: nasty[5]! } });
  const v = view('v1', nasty[9]!, nasty.map((n) => [n, `concat(${JSON.stringify(n)}, '\\'')`] as [string, string]), { where: nasty[14]! });
  const m = mergeTree('m1', nasty[0]!, cols, { comment: nasty.join('\n') });
  return pipeline([t, k, v, m], [link('t1', 'k1'), link('k1', 'v1'), link('v1', 'm1')], { cluster: nasty[6]! });
}

const designs: [string, Pipeline][] = [
  ['empty', emptyPipeline()],
  ...TEMPLATES.map((t): [string, Pipeline] => [`template ${t.id}`, t.build()]),
  ...goldenCases().map((c): [string, Pipeline] => [`golden ${c.name}`, c.pipeline]),
  ['hostile names', hostileDesign()],
  [
    'odd positions',
    (() => {
      const p = TEMPLATES[0]!.build();
      return { ...p, entities: p.entities.map((e, i) => ({ ...e, position: { x: -1234.5678901 * (i + 1), y: 1e-7 + i } })) };
    })(),
  ],
];

describe('share link round trip', () => {
  it.each(designs)('%s: design → link → the same design and the same SQL', (_name, p) => {
    const fragment = encodeShare(p);
    expect(fragment).toMatch(/^d=[A-Za-z0-9_-]+$/);
    const back = decoded(`#${fragment}`);
    // Exactly what saving the design to a file and opening it gives; designs holding
    // credentials come back without them and otherwise unchanged.
    const { pipeline: clean } = removeSecrets(p);
    expect(back.pipeline).toEqual(viaFile(clean));
    expect(serializeDesign(back.pipeline)).toBe(serializeDesign(clean));
    expect(back.warnings).toEqual([]);
    expect(generateSql(back.pipeline).text).toBe(generateSql(clean).text);
    // And a second trip gives the very same link.
    expect(encodeShare(back.pipeline)).toBe(fragment);
  });

  it('is much shorter than the design file', () => {
    const p = TEMPLATES[0]!.build();
    const json = JSON.stringify({ format: DESIGN_FORMAT, version: DESIGN_VERSION, pipeline: canonicalPipeline(p) });
    expect(encodeShare(p).length).toBeLessThan(json.length / 2);
  });

  it('carries the view flags and reads them back', () => {
    const p = TEMPLATES[0]!.build();
    expect(encodeShare(p, { readOnly: true, view: 'sql', theme: 'dark' })).toMatch(/^d=[^&]+&ro=1&view=sql&theme=dark$/);
    expect(decoded(encodeShare(p, { readOnly: true, view: 'canvas', theme: 'light' })).flags).toEqual({
      readOnly: true,
      view: 'canvas',
      theme: 'light',
    });
    expect(decoded(encodeShare(p)).flags).toEqual({ readOnly: false, view: 'both', theme: null });
  });

  it('reads flags in any order and ignores unknown ones and values', () => {
    const d = encodeShare(TEMPLATES[1]!.build());
    const r = decoded(`#theme=neon&x=1&view=sql&${d}&ro=1`);
    expect(r.flags).toEqual({ readOnly: true, view: 'sql', theme: null });
  });

  it('survives line breaks and standard-base64 characters pasted into the link', () => {
    const p = TEMPLATES[2]!.build();
    const d = encodeShare(p).slice(2);
    const wrapped = `d=${d.slice(0, 30)}\n  ${d.slice(30).replace(/-/g, '+').replace(/_/g, '/')}==`;
    expect(decoded(wrapped).pipeline).toEqual(viaFile(p));
  });

  it('builds a URL that replaces any earlier fragment', () => {
    expect(shareUrl('https://x.test/app/?q=1#old', 'd=abc')).toBe('https://x.test/app/?q=1#d=abc');
    expect(shareUrl('https://x.test/', 'd=abc&ro=1')).toBe('https://x.test/#d=abc&ro=1');
  });

  it('tells a fragment with a design from one without', () => {
    expect(hasSharedDesign('#d=abc')).toBe(true);
    expect(hasSharedDesign('#ro=1&d=')).toBe(true);
    expect(hasSharedDesign('')).toBe(false);
    expect(hasSharedDesign('#section-2')).toBe(false);
  });
});

describe('secrets never travel in a link', () => {
  const SECRET = 'hunter2-SeCrEt';
  function withSecrets(): Pipeline {
    const p = TEMPLATES[0]!.build();
    return {
      ...p,
      entities: p.entities.map((e) =>
        e.kind === 'kafkaTable'
          ? {
              ...e,
              settings: {
                ...e.settings,
                kafka_num_consumers: '3',
                kafka_sasl_password: SECRET,
                kafka_sasl_username: `${SECRET}-user`,
                kafka_ssl_key_password: SECRET,
                kafka_oauth_token: SECRET,
                format_avro_schema_registry_url: `https://reg-user:${SECRET}@registry.example.com:8081`,
              },
            }
          : e.kind === 'kafkaTopic'
            ? { ...e, brokers: `SASL_SSL://bob:${SECRET}@broker:9093` }
            : e,
      ),
    };
  }

  it('leaves out secret settings and URL credentials, keeps the rest, and says what it removed', () => {
    const p = withSecrets();
    const { fragment, removed } = encodeShareDetailed(p);
    const back = decoded(fragment).pipeline;
    const json = JSON.stringify(back);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain('reg-user');
    const k = back.entities.find((e) => e.kind === 'kafkaTable');
    if (k?.kind !== 'kafkaTable') throw new Error('template has a Kafka table');
    expect(k.settings).toEqual({
      ...Object.fromEntries(Object.entries(k.settings).filter(([n]) => !/sasl|key|token|registry/.test(n))),
      kafka_num_consumers: '3',
      format_avro_schema_registry_url: 'https://registry.example.com:8081',
    });
    const t = back.entities.find((e) => e.kind === 'kafkaTopic');
    expect(t?.kind === 'kafkaTopic' && t.brokers).toBe('SASL_SSL://broker:9093');
    expect(removed.join('\n')).toMatch(/kafka_sasl_password/);
    expect(removed.join('\n')).toMatch(/kafka_sasl_username/);
    expect(removed.join('\n')).toMatch(/kafka_ssl_key_password/);
    expect(removed.join('\n')).toMatch(/kafka_oauth_token/);
    expect(removed.join('\n')).toMatch(/format_avro_schema_registry_url/);
    expect(removed.join('\n')).toMatch(/brokers/);
  });

  it('knows credentials from ordinary settings', () => {
    for (const n of ['kafka_sasl_password', 'kafka_sasl_username', 'kafka_ssl_key_password', 'kafka_ssl_key', 'KAFKA_OAUTH_TOKEN', 'my_secret'])
      expect(isSecretSetting(n), n).toBe(true);
    for (const n of ['kafka_keeper_path', 'kafka_sasl_mechanism', 'kafka_security_protocol', 'kafka_num_consumers', 'kafka_client_id'])
      expect(isSecretSetting(n), n).toBe(false);
  });

  it('golden designs with SASL credentials arrive without them', () => {
    const withCreds = goldenCases().filter((c) => JSON.stringify(c.pipeline).includes('kafka_sasl_password'));
    expect(withCreds.length).toBeGreaterThan(0);
    for (const c of withCreds) {
      const { fragment, removed } = encodeShareDetailed(c.pipeline);
      expect(removed.some((r) => r.endsWith('kafka_sasl_password'))).toBe(true);
      expect(JSON.stringify(decoded(fragment).pipeline)).not.toMatch(/kafka_sasl_(password|username)/);
    }
  });

  it('reports nothing removed for a design without secrets', () => {
    expect(encodeShareDetailed(TEMPLATES[0]!.build()).removed).toEqual([]);
  });

  it('does not touch the design it was given', () => {
    const p = withSecrets();
    const before = JSON.stringify(p);
    encodeShare(p);
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe('broken links give a message and never throw', () => {
  const good = encodeShare(TEMPLATES[0]!.build()).slice(2);
  const pack = (text: string) => `d=${toBase64Url(deflateSync(strToU8(text)))}`;

  it('no design at all', () => {
    expect(failure('')).toMatch(/no design/);
    expect(failure('#ro=1')).toMatch(/no design/);
    expect(failure('d=')).toMatch(/empty/);
  });

  it('truncated at every length', () => {
    for (let n = 1; n < good.length; n += Math.max(1, Math.floor(good.length / 60))) {
      expect(failure(`d=${good.slice(0, n)}`)).toMatch(/cannot be read/);
    }
  });

  it('bad base64', () => {
    expect(failure('d=abc*def')).toMatch(/"\*" at position 4 is not base64/);
    expect(failure('d=abcde')).toMatch(/cut short/);
    expect(failure('d=%E0%A4%A')).toMatch(/not base64/);
  });

  it('bad deflate', () => {
    expect(failure(`d=${toBase64Url(strToU8('{"format":"chflow-design"}'))}`)).toMatch(/unpack|ends too early/);
    expect(failure(`d=${toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))}`)).toMatch(/unpack|ends too early/);
    // One flipped byte in the middle of a good link.
    const bytes = [...good];
    bytes[Math.floor(bytes.length / 2)] = bytes[Math.floor(bytes.length / 2)] === 'A' ? 'B' : 'A';
    // It may still unpack into something; what matters is an answer instead of an exception.
    expect(() => decodeShare(`d=${bytes.join('')}`)).not.toThrow();
  });

  it('not JSON, not text, not a design', () => {
    expect(failure(pack('{"format": "chflow-design", '))).toMatch(/Not valid JSON/);
    expect(failure(`d=${toBase64Url(deflateSync(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])))}`)).toMatch(/cannot be read/);
    expect(failure(pack('[1,2,3]'))).toMatch(/not a chflow design/);
    expect(failure(pack('{"format":"drawio","version":1}'))).toMatch(/not a chflow design/);
    expect(failure(pack('{"format":"chflow-design","version":1,"pipeline":{"entities":"x"}}'))).toMatch(/entities/);
  });

  it('wrong version', () => {
    const future = pack(JSON.stringify({ format: DESIGN_FORMAT, version: DESIGN_VERSION + 1, pipeline: emptyPipeline() }));
    expect(failure(future)).toMatch(/newer chflow/);
    expect(failure(pack(JSON.stringify({ format: DESIGN_FORMAT, version: 'one', pipeline: emptyPipeline() })))).toMatch(/version/);
  });

  it('a deflate bomb is refused before it fills memory', () => {
    const bomb = new Uint8Array(MAX_DESIGN_BYTES + 1024).fill(32);
    expect(failure(`d=${toBase64Url(deflateSync(bomb))}`)).toMatch(/larger than 8 MB/);
  });

  it('non-string input', () => {
    expect(failure(undefined as unknown as string)).toMatch(/cannot be read/);
  });
});
