import type { MergeTreeTable } from '../../core/model/types';
import { ColumnsEditor } from '../columns/ColumnsEditor';
import { EngineEditor } from '../mergeTree/EngineEditor';
import { IndexesEditor } from '../mergeTree/IndexesEditor';
import { KeysEditor } from '../mergeTree/KeysEditor';
import { MergeTreeSettingsEditor } from '../mergeTree/MergeTreeSettingsEditor';
import { TablePartsEditor } from '../mergeTree/TablePartsEditor';
import { CommonFields } from '../shared/CommonFields';
import { Section } from '../shared/Field';

export function MergeTreePanel({ entity }: { entity: MergeTreeTable }) {
  return (
    <>
      <Section title="General">
        <CommonFields entity={entity} />
      </Section>
      <ColumnsEditor entity={entity} />
      <EngineEditor table={entity} />
      <KeysEditor table={entity} />
      <IndexesEditor table={entity} />
      <TablePartsEditor table={entity} list="projections" />
      <TablePartsEditor table={entity} list="constraints" />
      <MergeTreeSettingsEditor table={entity} />
    </>
  );
}
