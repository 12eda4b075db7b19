// The top bar: name, Templates, New, Open…, Save (also Ctrl/Cmd+S), Save without secrets, Undo, Redo,
// and Recover… while an unreadable autosave is set aside.
import { useCallback, useEffect, useRef, type ChangeEvent } from 'react';
import type { Pipeline } from '../core/model/types';
import { DESIGN_EXTENSION } from '../core/persistence/designFile';
import { useDesign } from '../store/designStore';
import { downloadText } from '../browser/download';
import { newDesign, openDesignText, replaceWithTemplate } from './designActions';
import { cleanSave, fullSave, type SaveFile } from './saveDesign';
import { askFirst } from './askFirst';
import { OverflowNav } from '../layout/OverflowNav';
import { RecoverMenu } from './RecoverMenu';
import { TemplatesMenu } from './TemplatesMenu';
import { ViewTools } from '../shortcuts/ViewTools';
import { ShareButtons } from '../share/ShareButtons';
import { UndoButtons } from './UndoButtons';
import { EngineToolbar } from '../engine/EngineToolbar';
import { DeployButtons } from '../migrate/DeployButtons';
import { ImportButton } from '../import/ImportButton';
import { ServerButtons } from '../serverImport/ServerButtons';
import { useFit } from '../canvas/fit';
import './toolbar.css';

export function Toolbar() {
  const fit = useFit();
  const fileInput = useRef<HTMLInputElement>(null);

  // After a replace React Flow still has to measure the new nodes; frame them once it has.
  const fitSoon = useCallback(() => {
    window.setTimeout(() => fit(0), 50);
  }, [fit]);

  const write = useCallback((file: (p: Pipeline) => SaveFile) => {
    const design = useDesign.getState();
    const f = file(design.pipeline);
    downloadText(f.name, f.text, 'application/json');
    if (f.note) design.notify('info', f.note);
  }, []);
  const save = useCallback(() => write(fullSave), [write]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        save();
      }
    };
    // Capture phase: the SQL editor would otherwise see the keystroke first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [save]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Clear the choice so picking the same file again still fires change.
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      useDesign.getState().notify('error', `Could not open ${file.name}: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (await askFirst((ok) => openDesignText(file.name, text, ok), 'Open a design', 'Replace')) fitSoon();
  };

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar-brand" aria-label="chflow">
        {/* A topic feeding two tables: the pipeline in one glyph. */}
        <svg className="toolbar-logo" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="4.5" cy="12" r="2.5" fill="currentColor" />
          <path d="M7 12h3.5M15 12h2.5" fill="none" />
          <rect x="10.5" y="8.5" width="4.5" height="7" rx="1" fill="none" />
          <rect x="17.5" y="7" width="4" height="10" rx="1" fill="currentColor" />
        </svg>
        <span className="toolbar-name">chflow</span>
      </div>
      {/* Most used first: on a narrow window the last ones move behind "More". */}
      <OverflowNav label="Design" testId="toolbar.actions">
        <TemplatesMenu onChoose={(t) => void askFirst((ok) => replaceWithTemplate(t, ok), 'Open a template', 'Replace').then((done) => done && fitSoon())} />
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" className="toolbar-button" data-testid="toolbar.new" onClick={() => void askFirst(newDesign, 'New design', 'Discard and start new')}>
          New
        </button>
        <button type="button" className="toolbar-button" data-testid="toolbar.open" onClick={() => fileInput.current?.click()}>
          Open…
        </button>
        <button type="button" className="toolbar-button" data-testid="toolbar.save" title="Save (Ctrl+S)" onClick={save}>
          Save
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={`.json,${DESIGN_EXTENSION}`}
          hidden
          data-testid="toolbar.open.input"
          onChange={(e) => void onFile(e)}
        />
        <span className="toolbar-separator" aria-hidden="true" />
        <UndoButtons />
        <RecoverMenu />
        <span className="toolbar-separator" aria-hidden="true" />
        <EngineToolbar />
        <span className="toolbar-separator" aria-hidden="true" />
        <ShareButtons />
        <span className="toolbar-separator" aria-hidden="true" />
        <ImportButton />
        <ServerButtons />
        <button
          type="button"
          className="toolbar-button"
          data-testid="toolbar.saveClean"
          title="Save a copy without passwords, keys and other credentials, to share or commit"
          onClick={() => write(cleanSave)}
        >
          Save without secrets
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <DeployButtons />
      </OverflowNav>
      <ViewTools />
    </header>
  );
}
