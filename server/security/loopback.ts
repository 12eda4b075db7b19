// A TCP listener on 127.0.0.1 that every URL- or host-reaching attempt names as
// its target: whatever connects to it got past every layer.
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Listener {
  host: string;
  port: number;
  /** host:port, for URLs and host arguments. */
  address: string;
  /** One entry per connection: its first bytes, so a report says who called. */
  connections: string[];
  close(): Promise<void>;
}

export async function startListener(): Promise<Listener> {
  const connections: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const index = connections.push('(nothing sent)') - 1;
    let first = '';
    socket.on('data', (d: Buffer) => {
      if (first.length < 200) first += d.toString('latin1').slice(0, 200 - first.length);
      connections[index] = JSON.stringify(first);
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));
    // Answer nothing and hang up soon: a client waiting for us must not stall the suite.
    setTimeout(() => socket.destroy(), 200).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    address: `127.0.0.1:${port}`,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
