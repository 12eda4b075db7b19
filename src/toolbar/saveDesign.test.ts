import { describe, expect, it } from 'vitest';
import { parseDesign } from '../core/persistence/designFile';
import { findTemplate } from '../core/templates';
import { col, kafka, pipeline, topic } from '../test/pipelines';
import { SAVE_FILE_NAME } from './designActions';
import { cleanSave, CLEAN_FILE_NAME, fullSave } from './saveDesign';

const withSecrets = () =>
  pipeline([
    topic('t', 'orders_topic', { brokers: 'alice:s3cret@broker:9092', samples: '{"id":1}' }),
    kafka('k', 'orders_queue', [col('id')], { brokers: 'alice:s3cret@broker:9092', settings: { kafka_sasl_password: 'Pa55', kafka_num_consumers: '2' } }),
  ]);

describe('Save and Save without secrets', () => {
  it('Save keeps everything, and says the file holds credentials', () => {
    const f = fullSave(withSecrets());
    expect(f.name).toBe(SAVE_FILE_NAME);
    expect(f.text).toContain('s3cret');
    expect(f.text).toContain('Pa55');
    expect(f.note).toMatch(/holds credentials \(orders_topic: user and password in the brokers; .*orders_queue: kafka_sasl_password.*\)\./);
    expect(f.note).toMatch(/Save without secrets/);
  });

  it('Save of a design without credentials says nothing', () => {
    expect(fullSave(findTemplate('aiven-kafka-replicated')!.build()).note).toBeNull();
  });

  it('Save without secrets writes a separate file that opens, without any credential, samples kept and named', () => {
    const f = cleanSave(withSecrets());
    expect(f.name).toBe(CLEAN_FILE_NAME);
    expect(f.name).not.toBe(SAVE_FILE_NAME);
    for (const s of ['s3cret', 'alice', 'Pa55', 'kafka_sasl_password']) expect(f.text).not.toContain(s);
    const opened = parseDesign(f.text);
    expect(opened.ok).toBe(true);
    expect(f.text).toContain('broker:9092');
    expect(f.text).toContain('kafka_num_consumers');
    expect(f.note).toMatch(/Left out: .*kafka_sasl_password/);
    expect(f.note).toMatch(/sample messages of orders_topic are still in the file/);
    expect(cleanSave(pipeline([topic('t', 'x')])).note).toBe(`Saved ${CLEAN_FILE_NAME}. The design holds no credentials.`);
  });
});
