// The common Kafka engine settings as a form; a value at its default is not stored,
// so only the settings the user changed reach the SQL.
import { KAFKA_COMMON_SETTINGS } from '../../core/clickhouse/kafkaSettings';
import type { KafkaTable } from '../../core/model/types';
import { patchEntity } from '../shared/edit';
import { Section } from '../shared/Field';
import { useFieldDiagnostics } from '../diagnosticsContext';
import { useFieldFocus } from '../fieldFocus';
import { FieldProblems } from '../shared/FieldProblems';
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
          <div className="panel-label">Other settings</div>
          <ul className="panel-kv">
            {others.map(([name, value]) => (
              <OtherSetting key={name} table={table} name={name} value={value} />
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}

// A setting outside the common form (e.g. a format setting from an imported script):
// shown so it is not invisible, with its problems and a way to remove it.
function OtherSetting({ table, name, value }: { table: KafkaTable; name: string; value: string }) {
  const key = `setting.${name}`;
  const ref = useFieldFocus(key);
  const problems = useFieldDiagnostics(key);
  return (
    <li data-testid={`panel.setting.${name}`}>
      <div className="panel-kv-line">
        <code>
          {name} = {value}
        </code>
        <button
          ref={ref}
          type="button"
          className="panel-icon panel-icon-danger"
          aria-label={`Remove setting ${name}`}
          data-testid={`panel.setting.${name}.delete`}
          onClick={() => patchEntity(table.id, { settings: withoutSetting(table.settings, name) })}
        >
          ✕
        </button>
      </div>
      <FieldProblems items={problems} />
    </li>
  );
}
