import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../model/types';
import { baseDesign, found } from './testDesign';

function withLink(p: Pipeline, source: string, target: string): Pipeline {
  return { ...p, links: [...p.links, { id: `link_test_${source}_${target}`, source, target }] };
}

describe('links in a loaded design', () => {
  it('a link between kinds that may not connect is an error on its target node', () => {
    const d = baseDesign();
    const broken = withLink(d.p, d.topic, d.table);
    expect(found(broken, 'link.invalid')).toEqual([expect.objectContaining({ entityId: d.table, severity: 'error' })]);
    expect(found(d.p, 'link.invalid')).toEqual([]);
  });

  it('a second source into a view is an error', () => {
    const d = baseDesign();
    const broken = withLink(d.p, d.table, d.view);
    expect(found(broken, 'link.invalid').map((x) => x.entityId)).toContain(d.view);
  });

  it('a link to a node that is gone is reported on the remaining end', () => {
    const d = baseDesign();
    const broken = withLink(d.p, d.view, 'mt_missing');
    expect(found(broken, 'link.invalid')).toEqual([expect.objectContaining({ entityId: d.view })]);
  });

  it('a self-link is an error', () => {
    const d = baseDesign();
    expect(found(withLink(d.p, d.view, d.view), 'link.invalid').length).toBeGreaterThan(0);
  });
});
