// Messages between the web server and the engine process.
export type EngineOutcome =
  | { ok: true; body: string }
  | { ok: false; code: number; name: string; message: string };

export type ChildRequest =
  | { id: number; op: 'normalize'; sql: string }
  | { id: number; op: 'run'; sql: string; format: string; database?: string };

export interface ChildReply {
  /** 0 announces that the engine is ready. */
  id: number;
  result: EngineOutcome;
}
