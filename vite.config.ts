/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { chflowEngine } from './server/vitePlugin.ts';

export default defineConfig({
  // chflowEngine: the local ClickHouse endpoint at /engine/ (dev and preview servers only).
  plugins: [react(), chflowEngine()],
  // IPv4 explicitly: Node may resolve 'localhost' to ::1 while Playwright uses 127.0.0.1.
  // npm start moves to the next free port when 5173 is taken, and prints the address it got.
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco is one ~4 MB chunk, loaded lazily after the canvas is up.
    chunkSizeWarningLimit: 4500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Without includeDependenciesRecursively: false the group also swallows Vite's
            // preload helper (Monaco has dynamic imports), and index.html then preloads all of Monaco.
            {
              name: 'monaco',
              test: /node_modules[\\/](monaco-editor|@monaco-editor)[\\/]/,
              includeDependenciesRecursively: false,
            },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-|classcat|zustand)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The app's own modules that the first page statically needs, as one chunk: left to
            // itself rolldown splits off a tiny chunk for each module a lazy chunk shares with it.
            { name: 'app', test: /[\\/]src[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    // chdb is a native addon that segfaults at worker exit under 'threads'.
    pool: 'forks',
    include: ['src/**/*.test.{ts,tsx}', 'bin/**/*.test.ts', 'server/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
