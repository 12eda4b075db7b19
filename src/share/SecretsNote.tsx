export function SecretsNote({ removed }: { removed: string[] }) {
  if (removed.length === 0) return null;
  return (
    <div className="share-secrets" role="note" data-testid="share.secrets">
      <strong>Secrets were left out of the link.</strong> Whoever opens it has to fill them in again:
      <ul>
        {removed.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
