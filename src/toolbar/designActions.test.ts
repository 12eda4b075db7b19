import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPipeline } from '../core/model/types';
import { parseDesign, serializeDesign } from '../core/persistence/designFile';
import { generateSql } from '../core/sql/generate';
import { findTemplate, TEMPLATES } from '../core/templates';
import { useDesign } from '../store/designStore';
import { applyTemplate, designFileText, newDesign, openDesignText } from './designActions';

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
});
