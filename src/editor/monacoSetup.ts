// Monaco, bundled locally and loaded lazily (this module is only reached through a
// dynamic import). We call `monaco.editor.create` directly instead of going through
// @monaco-editor/react: its loader defaults to fetching Monaco from a CDN, and not
// importing it at all keeps that code path (and its CDN URL) out of the bundle.
import * as monaco from 'monaco-editor/editor/editor.api';
// editor.api is the bare core; this adds find, folding, hover, context menu and codicons.
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { registerClickHouseSql } from './clickhouseLanguage';
import { installThemes } from './themes';

// Our language has no language service; the generic editor worker handles everything
// (diffing, links). Without this Monaco tries a worker URL that does not exist in a Vite build.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

registerClickHouseSql(monaco);
installThemes(monaco);

export { monaco };
