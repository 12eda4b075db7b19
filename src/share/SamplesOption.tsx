// The one box that lets a topic's sample messages travel in a link. Samples are
// often pasted from a real topic (customer data), so they stay out unless the
// user ticks this, and the label says plainly what ticking it means.
export function SamplesOption({ prefix, topics, checked, onChange }: { prefix: string; topics: string[]; checked: boolean; onChange: (on: boolean) => void }) {
  const none = topics.length === 0;
  return (
    <label className="share-option share-option--wide">
      <input type="checkbox" data-testid={`${prefix}.samples`} checked={checked && !none} disabled={none} onChange={(e) => onChange(e.target.checked)} />
      <span>
        Include the sample messages in the link: anyone who has the link can read them
        {none ? ' (this design has none)' : ` (${topics.join(', ')})`}
      </span>
    </label>
  );
}
