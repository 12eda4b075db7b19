import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPipeline } from '../core/model/types';
import { findTemplate } from '../core/templates';
import { useDesign } from '../store/designStore';
import { answerConfirm, askConfirm, useConfirm } from '../ui/confirm';
import { askFirst } from './askFirst';
import { applyTemplate } from './templateActions';

const names = () => useDesign.getState().pipeline.entities.map((e) => e.name).sort();
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => useDesign.getState().replace(emptyPipeline()));

describe('askFirst with the in-app confirmation', () => {
  it('does not ask on an empty design', async () => {
    expect(await askFirst((ok) => applyTemplate('kafka-dedup-replacing', ok), 'Open a template', 'Replace')).toBe(true);
    expect(useConfirm.getState().question).toBeNull();
  });

  it('asks the design action’s own question, keeps the design on Cancel and replaces it on yes', async () => {
    applyTemplate('aiven-kafka-replicated', () => true);
    const before = names();
    const declined = askFirst((ok) => applyTemplate('kafka-dedup-replacing', ok), 'Open a template', 'Replace');
    await tick();
    expect(useConfirm.getState().question?.message).toContain(findTemplate('kafka-dedup-replacing')!.title);
    answerConfirm(false);
    expect(await declined).toBe(false);
    expect(names()).toEqual(before);

    const accepted = askFirst((ok) => applyTemplate('kafka-dedup-replacing', ok), 'Open a template', 'Replace');
    await tick();
    answerConfirm(true);
    expect(await accepted).toBe(true);
    expect(names()).toEqual(findTemplate('kafka-dedup-replacing')!.build().entities.map((e) => e.name).sort());
    expect(useConfirm.getState().question).toBeNull();
  });

  it('a second question answers the first one no', async () => {
    const first = askConfirm({ title: 'a', message: 'first?', confirmLabel: 'Yes' });
    const second = askConfirm({ title: 'b', message: 'second?', confirmLabel: 'Yes' });
    expect(await first).toBe(false);
    expect(useConfirm.getState().question?.message).toBe('second?');
    answerConfirm(true);
    expect(await second).toBe(true);
  });
});
