import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPipeline } from '../core/model/types';
import { DESIGN_EXTENSION, parseDesign, serializeDesign } from '../core/persistence/designFile';
import { generateSql } from '../core/sql/generate';
import { findTemplate, TEMPLATES } from '../core/templates';
import { useDesign } from '../store/designStore';
import { designFileText, newDesign, openDesignText, SAVE_FILE_NAME } from './designActions';
import { applyTemplate } from './templateActions';

const asked: string[] = [];
const answer = (yes: boolean) => (q: string) => (asked.push(q), yes);
const state = () => useDesign.getState();

beforeEach(() => {
  asked.length = 0;
  state().replace(emptyPipeline());
  state().clearNotice();
});

describe('toolbar design actions', () => {
  it('applies a template to an empty design without asking', () => {
    expect(applyTemplate(TEMPLATES[0]!.id, answer(false))).toBe(true);
    expect(asked).toEqual([]);
    expect(generateSql(state().pipeline).text).toBe(generateSql(TEMPLATES[0]!.build()).text);
  });

  it('asks before replacing a non-empty design, and keeps it on no', () => {
    applyTemplate('aiven-kafka-replicated', answer(true));
    const before = state().pipeline;
    expect(applyTemplate('kafka-dedup-replacing', answer(false))).toBe(false);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(findTemplate('kafka-dedup-replacing')!.title);
    expect(state().pipeline).toBe(before);
    expect(applyTemplate('kafka-dedup-replacing', answer(true))).toBe(true);
    expect(state().pipeline.entities.some((e) => e.name === 'orders')).toBe(true);
  });

  it('New empties the design after confirmation', () => {
    applyTemplate('json-events-monthly-ttl', answer(true));
    expect(newDesign(answer(false))).toBe(false);
    expect(state().pipeline.entities.length).toBeGreaterThan(0);
    expect(newDesign(answer(true))).toBe(true);
    expect(state().pipeline).toEqual(emptyPipeline());
  });

  it('Save text opens back to the same design', () => {
    applyTemplate('kafka-dedup-replacing', answer(true));
    const text = designFileText();
    expect(text).toBe(serializeDesign(state().pipeline));
    const saved = state().pipeline;
    newDesign(answer(true));
    expect(openDesignText('pipeline.chflow.json', text, answer(true))).toBe(true);
    expect(state().pipeline).toEqual(saved);
    expect(state().notice).toBeNull();
  });

  it('a broken file leaves the design untouched and says why', () => {
    applyTemplate('aiven-kafka-replicated', answer(true));
    const before = state().pipeline;
    expect(openDesignText('bad.json', '{"format": "chflow-design",', answer(true))).toBe(false);
    expect(asked).toEqual([]);
    expect(state().pipeline).toBe(before);
    expect(state().notice).toMatchObject({ kind: 'error', text: expect.stringMatching(/^Could not open bad\.json: Not valid JSON: line 1, column 28/) });
  });

  it('a file with dropped links opens and reports them', () => {
    const doc = JSON.parse(serializeDesign(TEMPLATES[1]!.build()));
    doc.pipeline.links.push({ id: 'x', source: 'ghost', target: doc.pipeline.entities[0].id });
    expect(openDesignText('old.json', JSON.stringify(doc), answer(true))).toBe(true);
    expect(parseDesign(JSON.stringify(doc)).ok).toBe(true);
    expect(state().notice).toMatchObject({ kind: 'info', text: expect.stringContaining('"ghost"') });
  });

  it('opening a file, loading a template and New are one undo step each', () => {
    applyTemplate('aiven-kafka-replicated', answer(true));
    const template = state().pipeline;
    const steps = state().history.past.length;
    const text = serializeDesign(findTemplate('kafka-dedup-replacing')!.build());
    expect(openDesignText('dedup.chflow.json', text, answer(true))).toBe(true);
    const opened = state().pipeline;
    newDesign(answer(true));
    expect(state().history.past).toHaveLength(steps + 2);
    state().undo();
    expect(state().pipeline).toBe(opened);
    state().undo();
    expect(state().pipeline).toBe(template);
    state().redo();
    state().redo();
    expect(state().pipeline.entities).toEqual([]);
  });

  it('names what is wrong with foreign, newer and misshapen files and records nothing', () => {
    applyTemplate('aiven-kafka-replicated', answer(true));
    const before = state().pipeline;
    const steps = state().history.past.length;
    const good = JSON.parse(serializeDesign(TEMPLATES[0]!.build()));
    const cases: [string, string, RegExp][] = [
      ['drawdb.json', JSON.stringify({ tables: [], relationships: [] }), /not a chflow design file.*no "format" field/],
      ['other.json', JSON.stringify({ format: 'chartdb', version: 1 }), /not a chflow design file.*"format": "chartdb"/],
      ['future.chflow.json', JSON.stringify({ ...good, version: 99 }), /newer chflow: version 99/],
      ['shape.chflow.json', JSON.stringify({ ...good, pipeline: { ...good.pipeline, entities: 'x' } }), /entities/],
      ['empty.chflow.json', '', /empty/],
      ['list.json', '[1, 2]', /not a chflow design file.*not an object/],
    ];
    for (const [name, text, message] of cases) {
      state().clearNotice();
      expect(openDesignText(name, text, answer(true)), name).toBe(false);
      expect(state().pipeline, name).toBe(before);
      expect(state().notice?.kind, name).toBe('error');
      expect(state().notice?.text, name).toContain(`Could not open ${name}: `);
      expect(state().notice?.text, name).toMatch(message);
    }
    expect(state().history.past).toHaveLength(steps);
    expect(asked).toEqual([]);
  });

  it('saves under the .chflow.json extension', () => {
    expect(SAVE_FILE_NAME.endsWith(DESIGN_EXTENSION)).toBe(true);
    expect(DESIGN_EXTENSION).toBe('.chflow.json');
  });
});
