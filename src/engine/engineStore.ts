// Engine state for the UI: which ClickHouse the app talks to, the last check and
// the problems it found. Engine problems belong to the design they were found
// in, so any edit of the design clears them.
import { create } from 'zustand';
import type { Diagnostic } from '../core/rules/diagnostics';
import { useDesign } from '../store/designStore';
import { connectRemote, discoverEmbedded, EngineError, type EngineConnection } from './client';
import type { CheckReport } from './runCheck';

export type EngineStatus = 'detecting' | 'ready' | 'none';

export interface RemoteSettings {
  url: string;
  user: string;
  /** Kept in memory only, unless `remember` is set. */
  password: string;
  remember: boolean;
}

export interface EngineState {
  status: EngineStatus;
  /** The engine queries go to: the user's server when connected, else the embedded one. */
  connection: EngineConnection | null;
  embedded: EngineConnection | null;
  remote: RemoteSettings;
  diagnostics: Diagnostic[];
  report: CheckReport | null;
  checking: boolean;
  dialog: 'none' | 'connect' | 'check';
}

const STORAGE_KEY = 'chflow.engine.remote';
const EMPTY: Diagnostic[] = [];

function loadRemote(): RemoteSettings {
  const blank: RemoteSettings = { url: '', user: 'default', password: '', remember: false };
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    if (!raw) return blank;
    const o = JSON.parse(raw) as Partial<RemoteSettings>;
    return {
      url: typeof o.url === 'string' ? o.url : '',
      user: typeof o.user === 'string' ? o.user : 'default',
      password: typeof o.password === 'string' ? o.password : '',
      remember: o.remember === true,
    };
  } catch {
    return blank;
  }
}

function saveRemote(r: RemoteSettings): void {
  try {
    // Without "remember" the password never reaches storage; URL and user are kept for convenience.
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ url: r.url, user: r.user, remember: r.remember, ...(r.remember ? { password: r.password } : {}) }));
  } catch {
    /* storage unavailable: the settings last for this page only */
  }
}

export const useEngine = create<EngineState>()(() => ({
  status: 'detecting',
  connection: null,
  embedded: null,
  remote: loadRemote(),
  diagnostics: EMPTY,
  report: null,
  checking: false,
  dialog: 'none',
}));

// Engine problems describe the design as it was when checked.
useDesign.subscribe((s, prev) => {
  if (s.pipeline !== prev.pipeline && useEngine.getState().diagnostics.length > 0) useEngine.setState({ diagnostics: EMPTY });
});

let detecting: Promise<void> | null = null;

/** Looks for the embedded engine once per page. */
export function detectEngine(): Promise<void> {
  detecting ??= discoverEmbedded().then((embedded) => {
    const { connection } = useEngine.getState();
    useEngine.setState({ embedded, connection: connection ?? embedded, status: connection || embedded ? 'ready' : 'none' });
  });
  return detecting;
}

/** Connects to the user's server; throws EngineError with a plain explanation. */
export async function connectToServer(settings: RemoteSettings): Promise<void> {
  const conn = await connectRemote(settings.url.trim(), settings.user.trim(), settings.password);
  saveRemote(settings);
  useEngine.setState({ connection: conn, remote: settings, status: 'ready', diagnostics: EMPTY, report: null });
}

/** Back to the embedded engine (or none). */
export function disconnectRemote(): void {
  const { embedded, remote } = useEngine.getState();
  saveRemote({ ...remote, password: remote.remember ? remote.password : '' });
  useEngine.setState({ connection: embedded, status: embedded ? 'ready' : 'none', diagnostics: EMPTY, report: null });
}

/** Text of the status chip. */
export function engineLabel(s: Pick<EngineState, 'status' | 'connection'>): string {
  if (s.status === 'detecting') return 'Looking for an engine…';
  const c = s.connection;
  if (!c) return 'No engine';
  return c.kind === 'embedded' ? `Embedded ClickHouse ${c.version}` : `Your server v${c.version}`;
}

export const NO_ENGINE_HELP =
  'No ClickHouse engine is available in this copy of chflow. Run it with `npm start` for the embedded engine, or connect your own server.';

export function errorText(e: unknown): string {
  return e instanceof EngineError || e instanceof Error ? e.message : String(e);
}
