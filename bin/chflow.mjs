#!/usr/bin/env node
// Entry point of `npx chflow`. The CLI is the app's own TypeScript core, so it
// is loaded through tsx (a runtime dependency) instead of a separate build:
// a fresh clone works right after `npm install`.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

const root = new URL('../', import.meta.url);
register();
const { main } = await import(new URL('src/cli/main.ts', root).href);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
// exitCode rather than exit(): piped stdout is flushed before the process ends.
process.exitCode = main(process.argv.slice(2), undefined, version);
