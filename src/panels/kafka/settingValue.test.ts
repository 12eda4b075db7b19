import { describe, expect, it } from 'vitest';
import { findKafkaSetting } from '../../core/clickhouse/kafkaSettings';
import { otherSettings, settingValueError, withSetting } from './settingValue';

const spec = (name: string) => findKafkaSetting(name)!;

describe('withSetting', () => {
  it('stores a changed value and drops a default or blank one', () => {
    expect(withSetting({}, 'kafka_num_consumers', '4')).toEqual({ kafka_num_consumers: '4' });
    expect(withSetting({ kafka_num_consumers: '4' }, 'kafka_num_consumers', '1')).toEqual({});
    expect(withSetting({ kafka_num_consumers: '4' }, 'kafka_num_consumers', '')).toEqual({});
    expect(withSetting({}, 'kafka_thread_per_consumer', '0')).toEqual({});
    expect(withSetting({}, 'kafka_handle_error_mode', 'stream')).toEqual({ kafka_handle_error_mode: 'stream' });
  });
  it('keeps out-of-range values so the user sees and fixes them', () => {
    expect(withSetting({}, 'kafka_num_consumers', '99')).toEqual({ kafka_num_consumers: '99' });
  });
});

describe('settingValueError', () => {
  it('checks ranges and whole numbers', () => {
    expect(settingValueError(spec('kafka_num_consumers'), '16')).toBeNull();
    expect(settingValueError(spec('kafka_num_consumers'), '17')).toMatch(/at most 16/);
    expect(settingValueError(spec('kafka_num_consumers'), '0')).toMatch(/at least 1/);
    expect(settingValueError(spec('kafka_flush_interval_ms'), '1.5')).toMatch(/whole number/);
  });
  it('checks enum options', () => {
    expect(settingValueError(spec('kafka_handle_error_mode'), "'stream'")).toBeNull();
    expect(settingValueError(spec('kafka_handle_error_mode'), 'skip')).toMatch(/one of/);
  });
});

describe('otherSettings', () => {
  it('lists settings outside the common form', () => {
    expect(otherSettings({ kafka_num_consumers: '2', input_format_skip_unknown_fields: '1' })).toEqual([
      ['input_format_skip_unknown_fields', '1'],
    ]);
  });
});
