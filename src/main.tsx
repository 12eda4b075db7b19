import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app.css';
import { App } from './App';
import { startAutosave } from './store/autosave';
import { installTestHook } from './testHook';
import { startTheme } from './theme/theme';

installTestHook();
// data-theme before the first paint, so a chosen theme never flashes the other one.
startTheme();
// Before the first render, so the canvas starts with the restored design in view.
startAutosave();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
