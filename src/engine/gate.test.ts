// The trust gate against the real local endpoint (chdb): a design from a link or
// a file sends nothing until the user consents once; consent covers the rest of
// that design; read-only pages never ask. Every request is counted at fetch().
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestEndpoint, type TestEndpoint } from '../../server/testServer';
import { updateEntity } from '../core/model/operations';
import { findTemplate, TEMPLATES } from '../core/templates';
import { col, kafka, link, mergeTree, pipeline, topic, view } from '../test/pipelines';
import { useDesign } from '../store/designStore';
import { trustFor } from '../store/trust';
import { useViewMode } from '../store/viewMode';
import { openDesignText } from '../toolbar/designActions';
import { serializeDesign } from '../core/persistence/designFile';
import { discoverEmbedded, queryRows, runSql, type EngineConnection } from './client';
import { answerConsent, ensureConsent, useConsent } from './consent';
import { checkDesign } from './engineActions';
import { useEngine } from './engineStore';
import { inferQuery } from './inference';
import { runCheck } from './runCheck';

const HOSTILE = "(SELECT * FROM file('/etc/passwd'))";

/** A stranger's design: its view reads a local file. */
function hostile() {
  return pipeline(
    [
      topic('tp', 'events', { samples: '{"id": 1}' }),
      kafka('kt', 'events_queue', [col('id', 'Int64')]),
      view('mv', 'events_mv', [['id', 'id'], ['line', HOSTILE]]),
      mergeTree('mt', 'events', [col('id', 'Int64'), col('line', 'String')]),
    ],
    [link('tp', 'kt'), link('kt', 'mv'), link('mv', 'mt')],
  );
}

/** A plain, valid design, as a link might carry it. */
const plain = () => findTemplate(TEMPLATES[0]!.id)!.build();

let ep: TestEndpoint;
let conn: EngineConnection;
/** Bodies of every request that went to the engine endpoint, session discovery excluded. */
const sent: string[] = [];
const realFetch = globalThis.fetch;

beforeAll(async () => {
  ep = await startTestEndpoint({ token: undefined });
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith(ep.base) && !url.endsWith('/engine/session')) sent.push(String(init?.body ?? ''));
    return realFetch(input, init);
  };
  const found = await discoverEmbedded(ep.base);
  if (!found) throw new Error('no embedded engine found');
  conn = found;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await ep.close();
});

beforeEach(() => {
  sent.length = 0;
  useConsent.getState().request?.resolve(false);
  useConsent.setState({ request: null });
  useViewMode.getState().setFlags({ readOnly: false, view: 'both', theme: null });
  useDesign.getState().replace(plain(), { undoable: false, trust: trustFor('template') });
  useDesign.getState().clearNotice();
  useEngine.setState({ connection: conn, embedded: conn, status: 'ready', dialog: 'none', report: null, checking: false });
});

/** Lets a pending promise reach its await on the consent question. */
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the trust gate', () => {
  it('a design from a link sends nothing: queries, checks and inference are refused before fetch', async () => {
    useDesign.getState().replace(hostile(), { trust: trustFor('link') });
    const err = await runSql(conn, 'SELECT 1').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'untrusted', message: expect.stringContaining('a share link') });
    await expect(queryRows(conn, inferQuery('JSONEachRow', '{"id": 1}'))).rejects.toMatchObject({ kind: 'untrusted' });
    const report = await runCheck(conn, useDesign.getState().pipeline);
    expect(report.failure).toMatch(/not allowed it to run/);
    expect(report.steps.filter((s) => s.status === 'ok')).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('Check asks with the exact statements; declining runs nothing and leaves the design alone', async () => {
    useDesign.getState().replace(hostile(), { trust: trustFor('link') });
    const before = useDesign.getState().pipeline;
    const done = checkDesign();
    await tick();
    const request = useConsent.getState().request;
    expect(request?.purpose).toBe('check');
    expect(request?.trust.source).toBe('a share link');
    expect(request?.statements.some((s) => s.includes(HOSTILE))).toBe(true);
    expect(request?.statements.at(-1)).toMatch(/^DROP DATABASE IF EXISTS chflow_scratch_/);
    answerConsent(false);
    await done;
    expect(sent).toEqual([]);
    expect(useEngine.getState()).toMatchObject({ dialog: 'none', report: null });
    expect(useDesign.getState().pipeline).toBe(before);
    expect(useDesign.getState().trust.trusted).toBe(false);
    expect(useDesign.getState().notice?.text).toMatch(/^Nothing was run/);
  });

  it('consent once runs exactly what was shown, and covers the rest of that design, edits and undo included', async () => {
    useDesign.getState().replace(plain(), { trust: trustFor('file', 'the file x.chflow.json') });
    const done = checkDesign();
    await tick();
    const shown = useConsent.getState().request!.statements;
    expect(useConsent.getState().request!.trust.source).toBe('the file x.chflow.json');
    answerConsent(true);
    await done;
    const report = useEngine.getState().report!;
    expect(report.failure).toBeUndefined();
    expect(report.steps.length).toBeGreaterThan(0);
    expect(report.steps.filter((s) => s.status === 'error' || s.status === 'blocked')).toEqual([]);
    // Stand-ins run only after a failure, so what is sent is the shown list, in order, minus unused stand-ins.
    expect(sent.length).toBeGreaterThan(0);
    expect(sent).toEqual(shown.filter((q) => sent.includes(q)));
    expect(sent).toEqual(report.ran);
    expect(useDesign.getState().trust.trusted).toBe(true);

    // An edit and an undo stay within the same document: no more questions.
    const id = useDesign.getState().pipeline.entities[0]!.id;
    useDesign.getState().change((p) => updateEntity(p, id, { comment: 'edited' }));
    expect(await ensureConsent('preview', ['SELECT 1'], 'test')).toBe(true);
    useDesign.getState().undo();
    expect(await ensureConsent('preview', ['SELECT 1'], 'test')).toBe(true);
    expect(useConsent.getState().request).toBeNull();
    expect(await runSql(conn, 'SELECT 42', { format: 'TabSeparated' })).toBe('42\n');

    // The next stranger's design is refused again.
    const n = sent.length;
    useDesign.getState().replace(hostile(), { trust: trustFor('link') });
    await expect(runSql(conn, 'SELECT 1')).rejects.toMatchObject({ kind: 'untrusted' });
    expect(sent.length).toBe(n);
  });

  it('Undo into another document brings that document’s trust back', async () => {
    const own = useDesign.getState().pipeline;
    useDesign.getState().replace(hostile(), { trust: trustFor('link') });
    useDesign.getState().undo();
    expect(useDesign.getState().pipeline).toBe(own);
    expect(await runSql(conn, 'SELECT 1', { format: 'TabSeparated' })).toBe('1\n');
    useDesign.getState().redo();
    await expect(runSql(conn, 'SELECT 1')).rejects.toMatchObject({ kind: 'untrusted' });
    expect(sent).toEqual(['SELECT 1']);
  });

  it('an answer given after the design was replaced is void', async () => {
    useDesign.getState().replace(plain(), { trust: trustFor('link') });
    const asked = ensureConsent('infer', ['DESCRIBE format(JSONEachRow, \'{}\')'], 'test');
    useDesign.getState().replace(hostile(), { trust: trustFor('link') });
    answerConsent(true);
    expect(await asked).toBe(false);
    expect(useDesign.getState().trust.trusted).toBe(false);
    expect(sent).toEqual([]);
  });

  it('a read-only page never asks and never runs, even a trusted design', async () => {
    useViewMode.getState().setFlags({ readOnly: true, view: 'both', theme: null });
    expect(await ensureConsent('preview', ['SELECT 1'], 'test')).toBe(false);
    expect(useConsent.getState().request).toBeNull();
    await expect(runSql(conn, 'SELECT 1')).rejects.toMatchObject({ kind: 'untrusted', message: expect.stringContaining('read-only') });
    useDesign.getState().replace(hostile(), { trust: trustFor('embed') });
    expect(await ensureConsent('preview', ['SELECT 1'], 'test')).toBe(false);
    expect(useConsent.getState().request).toBeNull();
    expect(sent).toEqual([]);
  });

  it('a design file opened with Open… is untrusted; New and templates are trusted', async () => {
    expect(openDesignText('evil.chflow.json', serializeDesign(hostile()), () => true)).toBe(true);
    expect(useDesign.getState().trust).toMatchObject({ trusted: false, origin: 'file', source: 'the file evil.chflow.json' });
    await expect(runSql(conn, 'SELECT 1')).rejects.toMatchObject({ kind: 'untrusted' });
    // Editing it does not make it trusted.
    useDesign.getState().change((p) => updateEntity(p, 'mv', { where: 'id > 0' }));
    expect(useDesign.getState().trust.trusted).toBe(false);
    expect(sent).toEqual([]);
  });
});
