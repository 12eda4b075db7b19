// The design options that say where a Replicated table may omit its Keeper path
// survive save and open, are left out of the file when off, and refuse bad values.
import { describe, expect, it } from 'vitest';
import { pipeline } from '../../test/pipelines';
import { parseDesign, serializeDesign } from './designFile';

describe('replication options in design files', () => {
  it('round-trip when set and are absent from the file when off', () => {
    const on = pipeline([], [], { replicatedDatabases: true, serverDefaultReplicaPath: true });
    const back = parseDesign(serializeDesign(on));
    expect(back.ok && back.pipeline.options).toEqual({ cluster: '', createDatabases: true, replicatedDatabases: true, serverDefaultReplicaPath: true });
    const off = serializeDesign(pipeline([], [], { replicatedDatabases: false }));
    expect(off).not.toContain('replicatedDatabases');
    expect(off).not.toContain('serverDefaultReplicaPath');
  });

  it('refuse a value that is not true or false, naming the place', () => {
    const file = JSON.parse(serializeDesign(pipeline([]))) as { pipeline: { options: Record<string, unknown> } };
    file.pipeline.options['replicatedDatabases'] = 'yes';
    const r = parseDesign(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/pipeline\.options\.replicatedDatabases/);
  });
});
