// Starts the endpoint on an ephemeral 127.0.0.1 port for tests, with an engine
// process of its own (stopped by close()).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEngineMiddleware, type EndpointOptions } from './endpoint';
import { DEFAULT_HOST_OPTIONS, EngineHost, type HostOptions } from './engineHost';

export interface TestEndpoint {
  base: string;
  token: string;
  server: Server;
  host: EngineHost;
  close(): Promise<void>;
}

export async function startTestEndpoint(opts: EndpointOptions = {}, hostOpts: Partial<HostOptions> = {}): Promise<TestEndpoint> {
  const host = opts.host ?? new EngineHost({ ...DEFAULT_HOST_OPTIONS, ...hostOpts });
  const mw = createEngineMiddleware({ token: 'test-token', ...opts, host });
  const server = createServer((req, res) =>
    mw(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    token: mw.token,
    server,
    host,
    close: () =>
      new Promise<void>((r) => {
        host.close();
        server.close(() => r());
      }),
  };
}
