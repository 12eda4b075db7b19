// The common Kafka engine settings as a form; a value at its default is not stored,
// so only the settings the user changed reach the SQL.
import { KAFKA_COMMON_SETTINGS } from '../../core/clickhouse/kafkaSettings';
import type { KafkaTable } from '../../core/model/types';
import { patchEntity } from '../shared/edit';
import { Section } from '../shared/Field';
import { KafkaSettingRow } from './KafkaSettingRow';
import { otherSettings, withoutSetting } from './settingValue';

export function KafkaSettingsEditor({ table }: { table: KafkaTable }) {
  const others = otherSettings(table.settings);
  return (
    <Section title="Engine settings" testId="panel.settings">
      <p className="panel-hint">Only settings changed from their default are written.</p>
      {KAFKA_COMMON_SETTINGS.map((spec) => (
        <KafkaSettingRow key={spec.name} table={table} spec={spec} />
      ))}
      {others.length ? (
        <div className="panel-field">
          <div className="panel-label">Other settings (from import)</div>
          <ul className="panel-kv">
            {others.map(([name, value]) => (
              <li key={name} data-testid={`panel.setting.${name}`}>
                <code>
                  {name} = {value}
                </code>
                <button
                  type="button"
                  className="panel-icon panel-icon-danger"
                  aria-label={`Remove setting ${name}`}
                  data-testid={`panel.setting.${name}.delete`}
                  onClick={() => patchEntity(table.id, { settings: withoutSetting(table.settings, name) })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
