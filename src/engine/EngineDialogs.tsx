// Mounted once by App: whichever engine dialog is open, and the consent question on top.
import { CheckDialog } from './CheckDialog';
import { ConnectDialog } from './ConnectDialog';
import { ConsentDialog } from './ConsentDialog';
import { useEngine } from './engineStore';
import './engine.css';

export function EngineDialogs() {
  const dialog = useEngine((s) => s.dialog);
  return (
    <>
      {dialog === 'check' && <CheckDialog />}
      {dialog === 'connect' && <ConnectDialog />}
      <ConsentDialog />
    </>
  );
}
