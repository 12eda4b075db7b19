// Settings the chosen message format cannot do without (or nearly), shown above the
// groups so a Protobuf, AvroConfluent, Template or Regexp table is not left half set up.
import { findKafkaSetting } from '../../core/clickhouse/kafkaSettings';
import type { FormatNeed } from '../../core/clickhouse/formatNeeds';
import type { KafkaTable } from '../../core/model/types';
import { patchEntity } from '../shared/edit';
import { TextField } from '../shared/Field';
import { KafkaSettingRow } from './KafkaSettingRow';
import { withSetting } from './settingValue';

export function FormatNeedsBox({ table, needs }: { table: KafkaTable; needs: readonly FormatNeed[] }) {
  if (needs.length === 0) return null;
  return (
    <div className="opt-format-needs" data-testid="panel.formatNeeds">
      <div className="panel-label">
        For the <code>{table.format}</code> format
      </div>
      {needs.map((n) => {
        const spec = findKafkaSetting(n.setting);
        if (spec) return <KafkaSettingRow key={n.setting} table={table} spec={spec} help={n.help} placeholder={n.placeholder} />;
        const value = table.settings[n.setting] ?? '';
        const missing = n.required && value.trim() === '';
        return (
          <TextField
            key={n.setting}
            label={
              <>
                <code>{n.setting}</code>
                {n.required ? <span className="opt-required"> required</span> : <span className="panel-muted"> (optional)</span>}
              </>
            }
            field={`setting.${n.setting}`}
            testId={`panel.setting.${n.setting}`}
            code
            placeholder={n.placeholder}
            hint={n.help}
            error={missing ? `${table.format} cannot be read without ${n.setting}.` : null}
            value={value}
            onChange={(v) => patchEntity(table.id, { settings: withSetting(table.settings, n.setting, v) })}
          />
        );
      })}
    </div>
  );
}
