// Starts the endpoint on an ephemeral 127.0.0.1 port for tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEngineMiddleware, type EndpointOptions } from './endpoint';

export interface TestEndpoint {
  base: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

export async function startTestEndpoint(opts: EndpointOptions = {}): Promise<TestEndpoint> {
  const mw = createEngineMiddleware({ token: 'test-token', ...opts });
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
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
