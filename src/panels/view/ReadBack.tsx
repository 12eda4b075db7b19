// For a target with AggregateFunction / SimpleAggregateFunction columns: the query that
// reads it back (-Merge per state column, grouped by the other columns), ready to copy.
import { useState } from 'react';
import { readBackQuery } from '../../core/model/aggregateState';
import type { MergeTreeTable } from '../../core/model/types';
import { Section } from '../shared/Field';
import '../options.css';

export function ReadBack({ target }: { target: MergeTreeTable }) {
  const query = readBackQuery(target);
  const [copied, setCopied] = useState(false);
  if (!query) return null;
  const copy = () => {
    void navigator.clipboard?.writeText(query).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <Section
      title="Reading the target"
      testId="panel.readBackSection"
      actions={
        <button type="button" className="panel-btn" data-testid="panel.readBack.copy" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      }
    >
      <p className="panel-hint">Rows are merged in the background at any time, so queries merge the states themselves:</p>
      <pre className="opt-readback" data-testid="panel.readBack" tabIndex={0}>
        {query}
      </pre>
    </Section>
  );
}
