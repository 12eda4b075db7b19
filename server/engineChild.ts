// The embedded ClickHouse in a process of its own. The web server only forwards
// requests here (server/engineHost.ts), so a stuck or crashing query never blocks
// the pages, the engine's memory is not the server's, and a Vite restart does not
// meet chdb's one-data-directory-per-process rule. Started with `--import tsx`.
import { Session } from 'chdb';
import { writeEngineConfig } from './engineConfig.ts';
import type { ChildReply, ChildRequest } from './engineProtocol.ts';
import { engineError } from './engineErrors.ts';
import { sweepScratch } from './scratchSweep.ts';

// Between requests the session sits in `system`, where the engine's user may read but never write.
const HOME_DB = 'system';
const extra = process.env.CHFLOW_ENGINE_EXTRA_XML ?? '';
const { configPath, dir } = writeEngineConfig(undefined, extra);
const session = new Session(undefined, { connectionArgs: [`--config-file=${configPath}`] });

function useDatabase(db: string): void {
  session.query('USE `' + db.replace(/[\\`]/g, (c) => '\\' + c) + '`');
}

// The text ClickHouse's own parser reads: comments gone, white space (Unicode
// included) as ClickHouse reads it, one statement only. The guard checks this
// text, and this text is what runs.
function normalize(sql: string): ChildReply['result'] {
  try {
    const out = session.queryBind('SELECT formatQuerySingleLine({q:String})', { q: sql }, 'TSVRaw');
    return { ok: true, body: out.replace(/\n$/, '') };
  } catch (e) {
    const err = engineError(e);
    // ClickHouse quotes the whole formatQuery call as the scope: the user's query, not ours, matters.
    return { ok: false, ...err, message: err.message.replace(/\s*:?\s*In scope SELECT formatQuerySingleLine\([\s\S]*$/, '') + ` (${err.name})` };
  }
}

async function run(sql: string, format: string, database: string | undefined): Promise<ChildReply['result']> {
  try {
    useDatabase(database || HOME_DB);
    const r = await session.queryAsync(sql, { format });
    return { ok: true, body: r.text() };
  } catch (e) {
    return { ok: false, ...engineError(e) };
  } finally {
    try {
      useDatabase(HOME_DB);
    } catch {
      /* the next request sets its own database */
    }
  }
}

let chain: Promise<unknown> = Promise.resolve();

process.on('message', (m: ChildRequest) => {
  // One query at a time: chdb serialises them anyway, and order matters for DDL.
  chain = chain.then(async () => {
    const result = m.op === 'normalize' ? normalize(m.sql) : await run(m.sql, m.format, m.database);
    process.send?.({ id: m.id, result } satisfies ChildReply);
    if (m.op === 'run') sweepScratch(session, Date.now());
  });
});

const stop = (): void => {
  try {
    session.close();
  } finally {
    process.exit(0);
  }
};
// The web server went away (or a Vite restart dropped us): nothing else may use this engine.
process.on('disconnect', stop);
process.on('SIGTERM', stop);
session.query(`USE ${HOME_DB}`);
process.send?.({ id: 0, result: { ok: true, body: JSON.stringify({ dirs: [dir, session.path] }) } } satisfies ChildReply);
