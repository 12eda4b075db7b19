import { describe, expect, it } from 'vitest';
import { formatNeeds, isFormatSetting } from './formatNeeds';
import { findKafkaSetting, KAFKA_COMMON_SETTINGS, KAFKA_SETTING_GROUPS, KAFKA_SETTINGS, kafkaSettingsOfGroup } from './kafkaSettings';
import lexicon from './lexicon.json';

const LEX_TYPE: Record<string, string[]> = {
  UInt64: ['uint'],
  Milliseconds: ['uint'],
  Bool: ['bool'],
  Int64: ['int'],
  String: ['string'],
  'Char (obsolete)': ['string'],
};

describe('KAFKA_SETTINGS', () => {
  it('covers every optional Kafka engine setting of the lexicon exactly once, in a group', () => {
    const optional = lexicon.kafkaSettings.filter((s) => !s.required).map((s) => s.name);
    expect(KAFKA_SETTINGS.map((s) => s.name).sort()).toEqual([...optional].sort());
    const groups = new Set(KAFKA_SETTING_GROUPS.map((g) => g.id));
    for (const s of KAFKA_SETTINGS) expect(groups.has(s.group!), s.name).toBe(true);
    expect(KAFKA_SETTING_GROUPS.flatMap((g) => kafkaSettingsOfGroup(g.id))).toHaveLength(KAFKA_SETTINGS.length);
  });

  it('agrees with the lexicon on types and defaults', () => {
    for (const lex of lexicon.kafkaSettings.filter((s) => !s.required)) {
      const spec = findKafkaSetting(lex.name)!;
      if (lex.type.startsWith('Enum')) expect(spec.type).toBe('enum');
      else expect(LEX_TYPE[lex.type], lex.name).toContain(spec.type);
      if (lex.name === 'kafka_row_delimiter') continue;
      const d = lex.default!.replace(/\s*\(.*\)$/, '').replace(/^'(.*)'$/, '$1');
      expect(spec.default, lex.name).toBe(d);
      if (spec.min !== undefined && !spec.rejectsExplicitDefault && spec.type !== 'string')
        expect(Number(spec.default), `${lex.name} default in range`).toBeGreaterThanOrEqual(spec.min);
    }
  });

  it('keeps the common settings in their established order', () => {
    expect(KAFKA_COMMON_SETTINGS.map((s) => s.name)).toEqual([
      'kafka_num_consumers',
      'kafka_max_block_size',
      'kafka_skip_broken_messages',
      'kafka_handle_error_mode',
      'kafka_thread_per_consumer',
      'kafka_poll_max_batch_size',
      'kafka_flush_interval_ms',
    ]);
  });
});

describe('formatNeeds', () => {
  it('names what each format needs, by settings ClickHouse knows', () => {
    expect(formatNeeds('AvroConfluent').map((n) => [n.setting, n.required])).toEqual([['format_avro_schema_registry_url', true]]);
    expect(formatNeeds('ProtobufSingle').map((n) => n.setting)).toEqual(['kafka_schema']);
    expect(formatNeeds('CapnProto').map((n) => n.setting)).toEqual(['kafka_schema']);
    expect(formatNeeds('Template').filter((n) => n.required).map((n) => n.setting)).toEqual(['format_template_row']);
    expect(formatNeeds('Regexp')[0]!.setting).toBe('format_regexp');
    expect(formatNeeds('JSONEachRow')).toEqual([]);
    for (const f of ['AvroConfluent', 'Template', 'Regexp'])
      for (const n of formatNeeds(f)) expect(isFormatSetting(n.setting) || findKafkaSetting(n.setting) !== undefined, n.setting).toBe(true);
  });
});
