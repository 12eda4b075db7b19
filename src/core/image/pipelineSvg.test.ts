import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../../test/pipelines';
import { findTemplate, TEMPLATES } from '../templates';
import { DARK, LIGHT } from './palette';
import { pipelineSvg } from './pipelineSvg';

/** Parses strictly: any XML error throws. */
function parse(svg: string) {
  const doc = new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  return doc.documentElement!;
}

const all = (root: XmlElement, tag: string): XmlElement[] => Array.from(root.getElementsByTagName(tag));
const texts = (root: XmlElement) => all(root, 'text').map((t) => t.textContent ?? '');

describe('pipelineSvg', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: well-formed vector SVG with every node name as text, small', (_id, t) => {
    const p = t.build();
    const { svg } = pipelineSvg(p, { palette: LIGHT });
    const root = parse(svg);
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(all(root, 'foreignObject')).toHaveLength(0);
    expect(svg).not.toMatch(/<(div|span|p|foreignObject)\b/);
    const shown = texts(root);
    for (const e of p.entities) expect(shown).toContain(e.name);
    // One curve per link, a frame per node.
    expect(all(root, 'path')).toHaveLength(p.links.length);
    expect(all(root, 'g').filter((g) => g.getAttribute('data-id'))).toHaveLength(p.entities.length);
    expect(svg.length).toBeLessThan(40_000);
  });

  it('escapes names that look like markup and reads back the same text', () => {
    const odd = 'a<b>&"c\'';
    const p = pipeline([mergeTree('t', odd, [col('x<y', 'UInt8')])]);
    const root = parse(pipelineSvg(p, { palette: LIGHT }).svg);
    expect(texts(root)).toContain(odd);
    expect(texts(root)).toContain('x<y');
  });

  it('paints the theme’s background unless transparent, and frames the nodes with the margin', () => {
    const p = findTemplate('kafka-dead-letter-stream')!.build();
    const dark = parse(pipelineSvg(p, { palette: DARK, margin: 32 }).svg);
    const bg = all(dark, 'rect')[0]!;
    expect(bg.getAttribute('fill')).toBe(DARK.bg);
    const clear = pipelineSvg(p, { palette: LIGHT, transparent: true });
    expect(all(parse(clear.svg), 'rect').some((r) => r.getAttribute('fill') === LIGHT.bg)).toBe(false);
    const boxes = new Map([[p.entities[0]!.id, { x: 1000, y: 500, width: 300, height: 90 }]]);
    const sized = pipelineSvg(pipeline([p.entities[0]!]), { palette: LIGHT, boxes, margin: 10 });
    expect([sized.width, sized.height]).toEqual([320, 110]);
  });

  it('shows as many rows as the measured box holds, then "+N more"; a topic shows no database', () => {
    const cols = Array.from({ length: 30 }, (_, i) => col(`c${i}`, 'UInt32'));
    const t = mergeTree('t', 'wide', cols);
    const short = pipelineSvg(pipeline([t]), { palette: LIGHT, boxes: new Map([['t', { x: 0, y: 0, width: 220, height: 180 }]]) });
    const shown = texts(parse(short.svg));
    expect(shown).toContain('c0');
    expect(shown).not.toContain('c29');
    const more = shown.find((s) => /^\+\d+ more$/.test(s));
    const visible = shown.filter((s) => /^c\d+$/.test(s)).length;
    expect(more).toBe(`+${30 - visible} more`);

    const tp = topic('tp', 'events_topic');
    const q = kafka('q', 'events_queue', [col('id', 'UInt64')]);
    const v = view('v', 'events_mv', ['id']);
    const withDb = pipelineSvg(pipeline([tp, q, v], [link('tp', 'q'), link('q', 'v')]), { palette: LIGHT }).svg;
    const groups = all(parse(withDb), 'g').filter((g) => g.getAttribute('data-id'));
    const textOf = (id: string) => texts(groups.find((g) => g.getAttribute('data-id') === id)!);
    expect(textOf('q')).toContain(q.database);
    expect(textOf('tp')).not.toContain(tp.database);
  });
});
