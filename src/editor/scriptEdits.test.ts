import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../core/model/types';
import { generateSql } from '../core/sql/generate';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../test/pipelines';
import { design as benchDesign } from '../../bench/design';
import { scriptEdits } from './scriptEdits';
import { countLines } from './sqlDerived';
import type { TextEdit } from './textEdit';

// Applied from the end so earlier offsets stay valid, as Monaco applies a batch.
const apply = (text: string, edits: readonly TextEdit[]) =>
  [...edits].reverse().reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);

function design(tableName: string): Pipeline {
  return pipeline(
    [
      topic('t', 'events'),
      kafka('k', 'events_queue', [col('id', 'UInt64'), col('ts', 'DateTime')], { topic: 'events' }),
      view('v', 'events_mv', ['id', 'ts']),
      mergeTree('m', tableName, [col('id', 'UInt64'), col('ts', 'DateTime')], { database: 'analytics' }),
    ],
    [link('t', 'k'), link('k', 'v'), link('v', 'm')],
  );
}

describe('scriptEdits', () => {
  it('renaming a table edits its CREATE and the view that writes into it, nothing between', () => {
    const before = generateSql(design('events'));
    const after = generateSql(design('events_all'));
    const edits = scriptEdits(before, after)!;
    expect(edits.length).toBe(2);
    expect(edits.every((e) => e.text === '_all' && e.end === e.start)).toBe(true);
    expect(apply(before.text, edits)).toBe(after.text);
  });

  it('gives no edits for the same script and null when the statements differ', () => {
    const s = generateSql(design('events'));
    expect(scriptEdits(s, s)).toEqual([]);
    const fewer = generateSql(pipeline([design('events').entities[3]!]));
    expect(scriptEdits(s, fewer)).toBeNull();
    // A text that is not the statements joined (the generator's failure message) is never patched.
    expect(scriptEdits(s, { text: '-- SQL generation failed: boom', statements: [] })).toBeNull();
    expect(scriptEdits({ ...s, text: s.text + '-- extra\n' }, s)).toBeNull();
  });
});

describe('line count from the statements', () => {
  it('the last statement ends on the last line of the script (the toolbar counts lines that way)', () => {
    // One node is a lone topic: no statements, and the toolbar falls back to counting.
    expect(generateSql(benchDesign(1)).statements).toEqual([]);
    for (const n of [2, 7, 60, 300]) {
      const s = generateSql(benchDesign(n));
      expect(s.statements.at(-1)!.endLine).toBe(countLines(s.text));
    }
  });
});
