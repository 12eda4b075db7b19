import { useEntityProblems } from '../../store/derived';

/** Count of the entity's problems; red when any is an error, amber for warnings only. */
export function ProblemBadge({ entityId }: { entityId: string }) {
  const { errors, warnings, text } = useEntityProblems(entityId);
  const total = errors + warnings;
  if (total === 0) return null;
  const severity = errors > 0 ? 'error' : 'warning';
  const label = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`]
    .filter(Boolean)
    .join(', ');
  return (
    <span
      className={`node-badge node-badge--${severity}`}
      data-testid="node.problems"
      data-severity={severity}
      title={text}
      aria-label={label}
    >
      {total}
    </span>
  );
}
