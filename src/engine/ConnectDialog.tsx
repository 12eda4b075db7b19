// Choose the engine: the embedded one (npm start) or your own ClickHouse over HTTP(S).
import { useCallback, useState, type FormEvent } from 'react';
import { Dialog } from '../ui/Dialog';
import { connectToServer, disconnectRemote, engineLabel, errorText, NO_ENGINE_HELP, useEngine } from './engineStore';

export function ConnectDialog() {
  const saved = useEngine((s) => s.remote);
  const embedded = useEngine((s) => s.embedded);
  const connection = useEngine((s) => s.connection);
  const status = useEngine((s) => s.status);
  const [form, setForm] = useState(saved);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const close = useCallback(() => useEngine.setState({ dialog: 'none' }), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await connectToServer(form);
      close();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="ClickHouse engine" testId="engine.connect" onClose={close}>
      <p className="engine-summary">
        Now: <strong data-testid="engine.connect.current">{engineLabel({ status, connection })}</strong>
      </p>
      {embedded ? (
        connection?.kind === 'remote' && (
          <button type="button" className="engine-button" data-testid="engine.connect.embedded" onClick={disconnectRemote}>
            Use the embedded engine ({embedded.version})
          </button>
        )
      ) : (
        <p className="panel-hint">{NO_ENGINE_HELP}</p>
      )}
      <form className="engine-form" onSubmit={(e) => void submit(e)}>
        <h3>Your ClickHouse</h3>
        <label>
          URL
          <input
            data-testid="engine.connect.url"
            placeholder="https://host:8443"
            value={form.url}
            onChange={(e) => setForm({ ...form, url: e.target.value })}
          />
        </label>
        <label>
          User
          <input data-testid="engine.connect.user" value={form.user} onChange={(e) => setForm({ ...form, user: e.target.value })} autoComplete="username" />
        </label>
        <label>
          Password
          <input
            data-testid="engine.connect.password"
            type="password"
            value={form.password}
            autoComplete="current-password"
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </label>
        <label className="engine-check">
          <input type="checkbox" data-testid="engine.connect.remember" checked={form.remember} onChange={(e) => setForm({ ...form, remember: e.target.checked })} />
          Remember the password in this browser (otherwise it is kept in memory until the page closes)
        </label>
        <p className="panel-hint">
          Checks create objects only in a scratch database that is dropped afterwards; Kafka tables are stood in for by Null tables, so nothing consumes from your
          topics. The server must allow requests from this page (CORS).
        </p>
        {error && (
          <p className="engine-error" data-testid="engine.connect.error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="engine-button engine-primary" data-testid="engine.connect.submit" disabled={busy || form.url.trim() === ''}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
      </form>
    </Dialog>
  );
}
