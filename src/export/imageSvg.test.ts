// The exported image is drawn from the design with its secrets removed, and
// refused if one is readable anyway.
import { describe, expect, it } from 'vitest';
import { pipelineSvg } from '../core/image/pipelineSvg';
import { LIGHT } from '../core/image/palette';
import { removeSecrets } from '../core/share/secrets';
import { col, kafka, pipeline, topic } from '../test/pipelines';
import { imageSvg } from './exportImage';
import { secretsInMarkup } from './redactImage';

const design = pipeline([
  topic('t', 'orders_topic', { brokers: 'alice:s3cret@broker:9092' }),
  kafka('k', 'orders_queue', [col('id', 'UInt64')], { brokers: 'alice:s3cret@broker:9092', settings: { kafka_sasl_password: 'Very-Secret-9' } }),
]);

describe('imageSvg', () => {
  it('draws the redacted design: the broker line shows without its password', () => {
    const secrets = removeSecrets(design);
    // The raw design's drawing does carry the credentials, so the check below can fail.
    expect(secretsInMarkup(pipelineSvg(design, { palette: LIGHT }).svg, secrets)).toContain('s3cret');
    const { svg } = imageSvg([], { theme: 'light', transparent: false, secrets });
    expect(secretsInMarkup(svg, secrets)).toEqual([]);
    expect(svg).toContain('broker:9092');
    expect(svg).not.toContain('s3cret');
  });

  it('refuses to draw when a secret survives, and an empty design', () => {
    const secrets = removeSecrets(design);
    expect(() => imageSvg([], { theme: 'dark', transparent: true, secrets: { ...secrets, pipeline: design } })).toThrow(/credential could not be removed/);
    expect(() => imageSvg([], { theme: 'dark', transparent: true, secrets: removeSecrets(pipeline([])) })).toThrow(/empty/);
  });
});
