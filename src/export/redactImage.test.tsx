// The text an exported image is made of: the canvas node components rendered
// for a design holding credentials, wrapped the way html-to-image wraps the
// viewport (an SVG with a foreignObject), then redacted as exportImage does.
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KafkaTableNode } from '../canvas/nodes/KafkaTableNode';
import { KafkaTopicNode } from '../canvas/nodes/KafkaTopicNode';
import type { Entity } from '../core/model/types';
import { REDACTED, removeSecrets } from '../core/share/secrets';
import { col, kafka, pipeline, topic } from '../test/pipelines';
import { redactMarkup, secretsInMarkup, visibleText } from './redactImage';

const design = pipeline([
  topic('t', 'orders_topic', { brokers: 'alice:s3cret@broker:9092,SASL_SSL://bob:p&ss<w>@broker2:9093' }),
  kafka('k', 'orders_queue', [col('id', 'UInt64')], {
    brokers: 'alice:s3cret@broker:9092',
    settings: { kafka_sasl_username: 'svc-user', kafka_sasl_password: 'Very-Secret-9' },
  }),
]);
const secrets = removeSecrets(design);

function face(e: Entity): string {
  const Node = (e.kind === 'kafkaTopic' ? KafkaTopicNode : KafkaTableNode) as ComponentType<Partial<NodeProps>>;
  return renderToStaticMarkup(
    <ReactFlowProvider>
      <Node id={e.id} data={{ entity: e }} selected={false} />
    </ReactFlowProvider>,
  );
}

/** What html-to-image hands over: the cloned viewport inside a foreignObject. */
function imageSource(): string {
  const body = design.entities.map(face).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><foreignObject x="0" y="0" width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml" class="react-flow__viewport">${body}</div></foreignObject></svg>`;
}

describe('image export text', () => {
  it('starts from node faces that do show the credentials (the test can fail)', () => {
    const raw = imageSource();
    expect(visibleText(raw)).toContain('alice:s3cret@broker:9092');
    expect(visibleText(raw)).toContain('bob:p&ss<w>@broker2:9093');
    expect(secretsInMarkup(raw, secrets)).toEqual(expect.arrayContaining(['s3cret', 'alice']));
  });

  it('reads as the redacted design: no secret in any text or attribute, the rest intact', () => {
    const clean = redactMarkup(imageSource(), secrets);
    expect(secretsInMarkup(clean, secrets)).toEqual([]);
    for (const s of ['s3cret', 'alice', 'bob', 'p&ss', 'p&amp;ss', 'svc-user', 'Very-Secret-9']) expect(clean).not.toContain(s);
    const text = visibleText(clean);
    // The broker line is the redacted design's, in the text and in its tooltip.
    const redactedBrokers = removeSecrets(design).pipeline.entities[0]!;
    expect(redactedBrokers.kind === 'kafkaTopic' && redactedBrokers.brokers).toBe('broker:9092,SASL_SSL://broker2:9093');
    expect(clean).toContain('>broker:9092,SASL_SSL://broker2:9093<');
    expect(clean).toContain('title="broker:9092,SASL_SSL://broker2:9093"');
    for (const s of ['orders_topic', 'orders_queue', 'JSONEachRow', 'UInt64']) expect(text).toContain(s);
    // Markup untouched apart from the values: same tags in the same order.
    const tags = (m: string) => m.match(/<\/?[a-zA-Z][^\s>/]*/g);
    expect(tags(clean)).toEqual(tags(imageSource()));
    expect(clean).not.toContain(REDACTED); // whole fields sufficed here
  });

  it('hides a stray copy of a secret anywhere, escaped or not', () => {
    const markup = `<div title="pw: Very-Secret-9">log &amp; Very-Secret-9 <![CDATA[s3cret]]><!-- s3cret --></div>`;
    const clean = redactMarkup(markup, secrets);
    expect(secretsInMarkup(clean, secrets)).toEqual([]);
    expect(clean).toBe(`<div title="pw: ${REDACTED}">log &amp; ${REDACTED} <![CDATA[${REDACTED}]]></div>`);
  });

  it('finds a secret split across elements, which the export then refuses', () => {
    const split = '<div><span>Very-Se</span><span>cret-9</span></div>';
    expect(redactMarkup(split, secrets)).toBe(split);
    expect(secretsInMarkup(split, secrets)).toContain('Very-Secret-9');
  });

  it('leaves markup alone when the design has no secrets', () => {
    const plain = removeSecrets(pipeline([topic('t', 'x', { brokers: 'b:9092' })]));
    const markup = imageSource();
    expect(redactMarkup(markup, plain)).toBe(markup);
    expect(secretsInMarkup(markup, plain)).toEqual([]);
  });
});
