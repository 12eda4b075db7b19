// The Kafka engine settings as a form: what the chosen format needs first, then every
// engine setting in collapsible groups, then the open list of format settings. A value
// at its default is not stored, so only the settings the user changed reach the SQL.
import { useEffect, useState } from 'react';
import { findKafkaSetting, KAFKA_SETTING_GROUPS, kafkaSettingsOfGroup, type KafkaSettingGroup } from '../../core/clickhouse/kafkaSettings';
import { formatNeeds } from '../../core/clickhouse/formatNeeds';
import type { KafkaTable } from '../../core/model/types';
import { useDesign } from '../../store/designStore';
import { Section } from '../shared/Field';
import { FormatNeedsBox } from './FormatNeedsBox';
import { FormatSettingsList } from './FormatSettingsList';
import { KafkaSettingRow } from './KafkaSettingRow';
import { DeadLetterAction } from './DeadLetterAction';
import '../options.css';

export function KafkaSettingsEditor({ table }: { table: KafkaTable }) {
  const needs = formatNeeds(table.format);
  const shownAbove = new Set(needs.map((n) => n.setting));
  return (
    <Section title="Engine settings" testId="panel.settings">
      <FormatNeedsBox table={table} needs={needs} />
      <p className="panel-hint">Only settings changed from their default are written.</p>
      {KAFKA_SETTING_GROUPS.map((g) => (
        <SettingsGroup key={g.id} table={table} group={g.id} label={g.label} skip={shownAbove} />
      ))}
      <DeadLetterAction table={table} />
      <FormatSettingsList table={table} skip={shownAbove} />
    </Section>
  );
}

interface GroupProps {
  table: KafkaTable;
  group: KafkaSettingGroup;
  label: string;
  skip: ReadonlySet<string>;
}

// Basic starts open; a group also opens when it holds a changed value or a problem
// list asks to focus one of its settings (a closed <details> hides the input).
function SettingsGroup({ table, group, label, skip }: GroupProps) {
  const specs = kafkaSettingsOfGroup(group).filter((s) => !skip.has(s.name) && (!s.obsolete || table.settings[s.name] !== undefined));
  const changed = specs.filter((s) => table.settings[s.name] !== undefined).length;
  const [open, setOpen] = useState(group === 'basic' || changed > 0);
  const wanted = useDesign((s) => s.focusField);
  const wantsField = wanted !== null && wanted.startsWith('setting.') && findKafkaSetting(wanted.slice(8))?.group === group;
  useEffect(() => {
    if (wantsField) setOpen(true);
  }, [wantsField]);
  if (specs.length === 0) return null;
  return (
    <details className="opt-group" data-testid={`panel.settingsGroup.${group}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid={`panel.settingsGroup.${group}.toggle`}>
        {label}
        <span className="panel-muted">
          {' '}
          ({specs.length}
          {changed ? `, ${changed} changed` : ''})
        </span>
      </summary>
      {open ? specs.map((spec) => <KafkaSettingRow key={spec.name} table={table} spec={spec} />) : null}
    </details>
  );
}
