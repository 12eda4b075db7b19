// Mounted once by App: whichever engine dialog is open, and the consent question on top.
// Each dialog's code loads on first use (prefetched once the canvas is up).
import { Suspense } from 'react';
import { lazyPrefetched } from '../app/lazyPrefetched';
import { useConsent } from './consent';
import { useEngine } from './engineStore';
import './engine.css';

const CheckDialog = lazyPrefetched(() => import('./CheckDialog').then((m) => m.CheckDialog));
const ConnectDialog = lazyPrefetched(() => import('./ConnectDialog').then((m) => m.ConnectDialog));
const ConsentDialog = lazyPrefetched(() => import('./ConsentDialog').then((m) => m.ConsentDialog));

export function EngineDialogs() {
  const dialog = useEngine((s) => s.dialog);
  const asking = useConsent((s) => s.request !== null);
  return (
    <>
      <Suspense fallback={null}>{dialog === 'check' && <CheckDialog />}</Suspense>
      <Suspense fallback={null}>{dialog === 'connect' && <ConnectDialog />}</Suspense>
      <Suspense fallback={null}>{asking && <ConsentDialog />}</Suspense>
    </>
  );
}
