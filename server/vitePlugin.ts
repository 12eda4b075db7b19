// Serves the local engine endpoint from the same process as the app, in both
// `vite` (npm start) and `vite preview`. chdb is loaded only when the server
// starts, so `vite build` never touches the native engine.
import type { Plugin } from 'vite';
import { pageSecurityHeaders } from './pageHeaders.ts';

export function chflowEngine(): Plugin {
  const mount = async (use: (fn: import('./endpoint.ts').Middleware) => void) => {
    // Vitest also starts a Vite server; its tests start their own endpoint.
    if (process.env.VITEST) return;
    const { createEngineMiddleware } = await import('./endpoint.ts');
    use(createEngineMiddleware());
  };
  return {
    name: 'chflow-engine',
    async configureServer(server) {
      server.middlewares.use(pageSecurityHeaders);
      await mount((fn) => server.middlewares.use(fn));
    },
    async configurePreviewServer(server) {
      server.middlewares.use(pageSecurityHeaders);
      await mount((fn) => server.middlewares.use(fn));
    },
  };
}
