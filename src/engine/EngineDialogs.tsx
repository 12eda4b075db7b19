// Mounted once by App: whichever engine dialog is open.
import { CheckDialog } from './CheckDialog';
import { ConnectDialog } from './ConnectDialog';
import { useEngine } from './engineStore';
import './engine.css';

export function EngineDialogs() {
  const dialog = useEngine((s) => s.dialog);
  if (dialog === 'check') return <CheckDialog />;
  if (dialog === 'connect') return <ConnectDialog />;
  return null;
}
