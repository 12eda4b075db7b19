import type { MergeTreeTable } from '../../core/model/types';
import { ColumnsEditor } from '../columns/ColumnsEditor';
import { EngineEditor } from '../mergeTree/EngineEditor';
import { IndexesEditor } from '../mergeTree/IndexesEditor';
import { KeysEditor } from '../mergeTree/KeysEditor';
import { MergeTreeSettingsEditor } from '../mergeTree/MergeTreeSettingsEditor';
import { TablePartsEditor } from '../mergeTree/TablePartsEditor';
import { CommonFields } from '../shared/CommonFields';
import { Section } from '../shared/Field';
import { memoIgnoringLabels } from '../shared/memoPanel';

const Columns = memoIgnoringLabels(ColumnsEditor, 'entity');
const Engine = memoIgnoringLabels(EngineEditor, 'table');
const Keys = memoIgnoringLabels(KeysEditor, 'table');
const Indexes = memoIgnoringLabels(IndexesEditor, 'table');
const Settings = memoIgnoringLabels(MergeTreeSettingsEditor, 'table');

export function MergeTreePanel({ entity }: { entity: MergeTreeTable }) {
  return (
    <>
      <Section title="General">
        <CommonFields entity={entity} />
      </Section>
      <Columns entity={entity} />
      <Engine table={entity} />
      <Keys table={entity} />
      <Indexes table={entity} />
      <TablePartsEditor table={entity} list="projections" />
      <TablePartsEditor table={entity} list="constraints" />
      <Settings table={entity} />
    </>
  );
}
