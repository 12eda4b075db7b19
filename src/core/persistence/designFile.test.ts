import { describe, expect, it } from 'vitest';
import { goldenCases } from '../../test/golden';
import { generateSql } from '../sql/generate';
import type { Pipeline } from '../model/types';
import { canonicalPipeline, DESIGN_FORMAT, DESIGN_VERSION, parseDesign, serializeDesign } from './designFile';

const cases = goldenCases();
const seed = cases.find((c) => c.name === 'seed_aiven')!.pipeline;

const doc = (pipeline: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: DESIGN_FORMAT, version: DESIGN_VERSION, pipeline, ...extra });

function parsed(text: string) {
  const r = parseDesign(text);
  if (!r.ok) throw new Error(`expected a design, got: ${r.error}`);
  return r;
}

function failure(text: string): string {
  const r = parseDesign(text);
  if (r.ok) throw new Error('expected parseDesign to refuse the text');
  return r.error;
}

/** A deep copy of the seed design with one change, as raw JSON. */
function seedWith(edit: (p: any) => void): string {
  const copy = JSON.parse(JSON.stringify(seed));
  edit(copy);
  return doc(copy);
}

/** Reverses the key order of every object, to show order never matters. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

describe('serializeDesign', () => {
  it('writes the marker, the version and pretty JSON ending in a newline', () => {
    const text = serializeDesign(seed);
    const json = JSON.parse(text);
    expect(json.format).toBe('chflow-design');
    expect(json.version).toBe(1);
    expect(Object.keys(json)).toEqual(['format', 'version', 'pipeline']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "chflow-design",');
  });

  it('depends only on the design, not on key order in memory', () => {
    const shuffled = reverseKeys(seed) as Pipeline;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(seed));
    expect(serializeDesign(shuffled)).toBe(serializeDesign(seed));
  });

  it('sorts map-like settings so equal maps serialize alike', () => {
    const withSettings = JSON.parse(JSON.stringify(seed)) as Pipeline;
    const k = withSettings.entities.find((e) => e.kind === 'kafkaTable')!;
    if (k.kind !== 'kafkaTable') throw new Error('seed has a Kafka table');
    k.settings = { kafka_num_consumers: '2', kafka_max_block_size: '1000' };
    const text = serializeDesign(withSettings);
    expect(text.indexOf('kafka_max_block_size')).toBeLessThan(text.indexOf('kafka_num_consumers'));
  });

  it('drops fields the model does not know', () => {
    const extra = JSON.parse(JSON.stringify(seed));
    extra.entities[0].selected = true;
    extra.links[0].animated = true;
    expect(serializeDesign(extra)).toBe(serializeDesign(seed));
  });
});

describe('parseDesign round trip', () => {
  it.each(cases.map((c) => [c.name, c.pipeline] as const))('%s survives save and open', (_name, pipeline) => {
    const r = parsed(serializeDesign(pipeline));
    expect(r.warnings).toEqual([]);
    expect(r.pipeline).toEqual(canonicalPipeline(pipeline));
    expect(generateSql(r.pipeline).text).toBe(generateSql(pipeline).text);
    expect(serializeDesign(r.pipeline)).toBe(serializeDesign(pipeline));
  });

  it('keeps positions', () => {
    const r = parsed(serializeDesign(seed));
    expect(r.pipeline.entities.map((e) => e.position)).toEqual(seed.entities.map((e) => e.position));
  });

  it('accepts a byte order mark and CRLF line ends', () => {
    const text = '\uFEFF' + serializeDesign(seed).replace(/\n/g, '\r\n');
    expect(parsed(text).pipeline).toEqual(canonicalPipeline(seed));
  });
});

describe('parseDesign defaults', () => {
  it('fills every optional field from the kind factories', () => {
    const r = parsed(
      doc({
        entities: [
          { id: 't', kind: 'kafkaTopic', name: 'clicks' },
          { id: 'k', kind: 'kafkaTable', name: 'clicks_queue', columns: [{ name: 'x', type: 'UInt64' }] },
          { id: 'v', kind: 'materializedView', name: 'clicks_mv', mappings: [{ target: 'x' }] },
          { id: 'm', kind: 'mergeTree', name: 'clicks', engine: { family: 'ReplacingMergeTree' } },
        ],
      }),
    );
    const [t, k, v, m] = r.pipeline.entities;
    expect(t).toMatchObject({ database: 'default', comment: '', topic: 'clicks', format: 'JSONEachRow', consumerGroup: 'clickhouse_clicks' });
    expect(k).toMatchObject({ brokers: 'kafka:9092', settings: {} });
    if (k?.kind !== 'kafkaTable') throw new Error('second entity is the Kafka table');
    expect(k.columns[0]).toMatchObject({ name: 'x', type: 'UInt64', defaultKind: '', defaultExpr: '', codec: '', comment: '' });
    expect(k.columns[0]!.id).toMatch(/\S/);
    expect(v).toMatchObject({ where: '', groupBy: '', mappings: [{ target: 'x', expr: 'x' }] });
    expect(m).toMatchObject({
      columns: [],
      orderBy: '',
      settings: [],
      engine: { family: 'ReplacingMergeTree', replicated: false, zooPath: '', replicaName: '', params: {} },
    });
    expect(r.pipeline.links).toEqual([]);
    expect(r.pipeline.options).toEqual({ cluster: '', createDatabases: true });
  });

  it('lays out nodes without a position in a row instead of stacking them', () => {
    const r = parsed(doc({ entities: [{ id: 'a', kind: 'kafkaTopic', name: 'a' }, { id: 'b', kind: 'kafkaTopic', name: 'b' }] }));
    const [a, b] = r.pipeline.entities;
    expect(a!.position).not.toEqual(b!.position);
  });
});

describe('parseDesign refusals', () => {
  it('says where the JSON is broken', () => {
    const text = serializeDesign(seed).replace('"kind": "kafkaTable",', '"kind": "kafkaTable"');
    const lines = text.split('\n');
    // The next property's opening quote is the first character the parser cannot take.
    const index = lines.findIndex((l) => l.includes('"kind": "kafkaTable"')) + 1;
    const column = lines[index]!.indexOf('"') + 1;
    const error = failure(text);
    expect(error).toContain('Not valid JSON');
    expect(error).toContain(`line ${index + 1}, column ${column}:`);
  });

  it('refuses an empty file', () => {
    expect(failure('  \n')).toMatch(/empty/);
  });

  it('refuses JSON that is not an object', () => {
    expect(failure('[1, 2]')).toMatch(/not a chflow design file.*an array/);
    expect(failure('"design"')).toMatch(/not a chflow design file.*a string/);
  });

  it('refuses a file without the chflow marker', () => {
    expect(failure(JSON.stringify(seed))).toMatch(/not a chflow design file.*no "format" field/);
    expect(failure(doc(seed, { format: 'excalidraw' }))).toMatch(/not a chflow design file.*"excalidraw"/);
  });

  it('refuses a newer version and names it', () => {
    expect(failure(doc(seed, { version: 7 }))).toMatch(/made by a newer chflow: version 7/);
  });

  it('refuses a version that is not a positive whole number', () => {
    expect(failure(doc(seed, { version: '1' }))).toMatch(/version must be a number, found a string/);
    expect(failure(doc(seed, { version: 0 }))).toMatch(/version must be a whole number/);
    expect(failure(doc(seed, { version: 1.5 }))).toMatch(/version must be a whole number/);
    expect(failure(JSON.stringify({ format: DESIGN_FORMAT, pipeline: seed }))).toMatch(/version is missing/);
  });

  it('names the path of a missing or ill-typed field', () => {
    expect(failure(JSON.stringify({ format: DESIGN_FORMAT, version: 1 }))).toBe('pipeline is missing (expected an object)');
    expect(failure(doc({ links: [] }))).toBe('pipeline.entities is missing (expected an array)');
    expect(failure(seedWith((p) => (p.entities[1].columns[0].type = 64)))).toBe(
      'pipeline.entities[1].columns[0].type must be a string, found a number',
    );
    expect(failure(seedWith((p) => delete p.entities[2].name))).toBe('pipeline.entities[2].name is missing (expected a string)');
    expect(failure(seedWith((p) => (p.entities[3].engine.replicated = 'yes')))).toBe(
      'pipeline.entities[3].engine.replicated must be true or false, found a string',
    );
    expect(failure(seedWith((p) => (p.entities[0].position = { x: 1 })))).toBe(
      'pipeline.entities[0].position.y is missing (expected a number)',
    );
    expect(failure(seedWith((p) => (p.entities[1].settings = { kafka_num_consumers: 2 })))).toBe(
      'pipeline.entities[1].settings.kafka_num_consumers must be a string, found a number',
    );
    expect(failure(seedWith((p) => (p.entities[2].mappings[1] = null)))).toBe(
      'pipeline.entities[2].mappings[1] must be an object, found null',
    );
    expect(failure(seedWith((p) => (p.options.createDatabases = 1)))).toBe(
      'pipeline.options.createDatabases must be true or false, found a number',
    );
  });

  it('refuses values outside a closed list', () => {
    expect(failure(seedWith((p) => (p.entities[3].engine.family = 'LogTree')))).toMatch(
      /^pipeline\.entities\[3\]\.engine\.family must be one of MergeTree, .*found "LogTree"$/,
    );
    expect(failure(seedWith((p) => (p.entities[1].columns[0].defaultKind = 'default')))).toMatch(
      /^pipeline\.entities\[1\]\.columns\[0\]\.defaultKind must be one of "", DEFAULT, /,
    );
  });

  it('refuses an unknown node kind', () => {
    expect(failure(seedWith((p) => (p.entities[2].kind = 'dictionary')))).toMatch(
      /^pipeline\.entities\[2\]\.kind "dictionary" is not a known node kind \(known: kafkaTopic, /,
    );
  });

  it('refuses duplicate ids', () => {
    expect(failure(seedWith((p) => (p.entities[3].id = p.entities[1].id)))).toBe(
      'pipeline.entities[3].id "k" is already used by pipeline.entities[1]',
    );
    expect(failure(seedWith((p) => (p.entities[1].columns[1].id = p.entities[1].columns[0].id)))).toBe(
      'pipeline.entities[1].columns[1].id "col1" is already used by pipeline.entities[1].columns[0]',
    );
    expect(failure(seedWith((p) => (p.links[2].id = p.links[0].id)))).toBe(
      'pipeline.links[2].id "l7" is already used by pipeline.links[0]',
    );
  });
});

describe('parseDesign warnings', () => {
  it('drops links to missing entities and keeps the rest', () => {
    const r = parsed(seedWith((p) => (p.links[1].target = 'gone')));
    expect(r.pipeline.entities).toHaveLength(4);
    expect(r.pipeline.links.map((l) => l.id)).toEqual(['l7', 'l9']);
    expect(r.warnings).toEqual(['pipeline.links[1] points at "gone", which is not in the design; the link was dropped']);
  });

  it('names both ends when neither exists', () => {
    const r = parsed(seedWith((p) => p.links.push({ id: 'x', source: 'a', target: 'b' })));
    expect(r.warnings).toEqual(['pipeline.links[3] points at "a" and "b", which are not in the design; the link was dropped']);
  });

  it('drops a repeated link', () => {
    const r = parsed(seedWith((p) => p.links.push({ id: 'again', source: 'k', target: 'v' })));
    expect(r.pipeline.links).toHaveLength(3);
    expect(r.warnings).toEqual(['pipeline.links[3] repeats pipeline.links[1] (same source and target); the copy was dropped']);
  });
});

describe('parseDesign never throws', () => {
  // A small deterministic generator, so a failure reproduces.
  let state = 12345;
  const rand = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const base = serializeDesign(seed);
  const junk = ['null', '1', '"s"', '[]', '{}', 'true', '-0.5e3', '[[[', '"\\u12', '}', ','];

  it('answers every corrupted variant of a design with ok or an error message', () => {
    for (let round = 0; round < 400; round++) {
      const at = rand(base.length);
      const variant =
        round % 3 === 0
          ? base.slice(0, at)
          : round % 3 === 1
            ? base.slice(0, at) + junk[rand(junk.length)] + base.slice(at + rand(12))
            : base.slice(0, at) + base.slice(at + 1 + rand(40));
      const r = parseDesign(variant);
      if (r.ok) expect(Array.isArray(r.pipeline.entities)).toBe(true);
      else expect(r.error).toMatch(/\S/);
    }
  });

  it('answers structurally wrong values at every path', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    const json = JSON.parse(base);
    walk(json, []);
    for (const path of paths.slice(1)) {
      for (const value of [null, 7, 'x', [], {}, true]) {
        const copy = JSON.parse(base);
        let cur = copy;
        for (const key of path.slice(0, -1)) cur = cur[key];
        cur[path[path.length - 1]!] = value;
        const r = parseDesign(JSON.stringify(copy));
        if (!r.ok) expect(r.error).toMatch(/\S/);
      }
    }
    expect(parseDesign(undefined as unknown as string).ok).toBe(false);
  });
});
