// What "Run" does on the local engine: the design's own SQL in a throwaway
// namespace, with its Kafka tables pointed at the local mock broker under fresh
// topic and group names (a reused group can stall for a minute), short flush and
// poll intervals, and the topics' sample messages produced into those topics.
// Every substitution is listed for the user, as Check does.
import type { Entity, KafkaTable, KafkaTopic, Pipeline } from '../core/model/types';
import { generateSql } from '../core/sql/generate';
import { qualify, quoteIdent } from '../core/sql/quote';
import { scratchNamer, toDesignNames, type RawTableRenamer } from './checkPlan';

export const RUN_TOPIC_PREFIX = 'chflow_run_';
const FAST = { kafka_flush_interval_ms: '200', kafka_poll_timeout_ms: '100' };
/** Settings the plaintext broker on 127.0.0.1 cannot honour. */
const DROPPED = ['kafka_security_protocol', 'kafka_sasl_mechanism', 'kafka_sasl_username', 'kafka_sasl_password', 'kafka_autodetect_client_rack', 'kafka_aws_region'];

export interface RunTarget {
  entityId: string;
  /** As the design names it: `db.table`. */
  label: string;
  /** The scratch table to read. */
  table: string;
}

export interface RunPlan {
  statements: Array<{ entityId: string; sql: string }>;
  /** Messages to produce, per run topic. */
  produce: Array<{ topic: string; messages: string[]; from: string }>;
  targets: RunTarget[];
  cleanup: string[];
  notes: string[];
  scratchToDesign: Map<string, string>;
}

function sampleLines(t: KafkaTopic | undefined): string[] {
  return (t?.samples ?? '').split('\n').filter((l) => l.trim() !== '');
}

export function buildRunPlan(design: Pipeline, runId: string, brokerAddress: string, renameRaw?: RawTableRenamer): RunPlan {
  const notes: string[] = [];
  const { scratch, scratchToDesign } = scratchNamer(runId);
  const byId = new Map(design.entities.map((e) => [e.id, e]));
  const topicOf = (t: KafkaTable): KafkaTopic | undefined => {
    const link = design.links.find((l) => l.target === t.id && byId.get(l.source)?.kind === 'kafkaTopic');
    return link ? (byId.get(link.source) as KafkaTopic) : undefined;
  };

  const produce: RunPlan['produce'] = [];
  const entities = design.entities.map((e): Entity => {
    const database = scratch(e.database);
    if (e.kind === 'mergeTree' && e.engine.replicated) {
      notes.push(`${e.name}: runs as ${e.engine.family}: a Replicated table on the local engine has no other replica to take its writes.`);
      return { ...e, database, engine: { ...e.engine, replicated: false, zooPath: '', replicaName: '' } };
    }
    if (e.kind === 'materializedView' && e.rawSelect !== undefined && renameRaw) return { ...e, database, rawSelect: renameRaw(e.rawSelect, scratch) };
    if (e.kind !== 'kafkaTable') return { ...e, database };
    const topic = `${RUN_TOPIC_PREFIX}${runId}_${produce.length + 1}`;
    const source = topicOf(e);
    const messages = sampleLines(source);
    if (messages.length === 0) notes.push(`${e.name}: its topic has no sample messages, so nothing is produced for it.`);
    produce.push({ topic, messages, from: source?.name ?? e.name });
    const settings: Record<string, string> = { ...e.settings, ...FAST };
    for (const s of DROPPED) {
      if (s in settings) {
        delete settings[s];
        notes.push(`${e.name}: ${s} left out (the local broker speaks plaintext without authentication).`);
      }
    }
    if ((e.namedCollection ?? '').trim() !== '') notes.push(`${e.name}: the named collection is not available here; the table's own connection fields are used.`);
    return { ...e, database, brokers: brokerAddress, topic, consumerGroup: `${topic}_group`, settings, namedCollection: '' };
  });
  if (design.options.cluster.trim() !== '') notes.push(`ON CLUSTER ${design.options.cluster} is left out: the run uses one server.`);
  notes.push(`Kafka tables read from a local mock broker at ${brokerAddress}, under fresh topic and consumer group names.`);

  // A Replicated database would make its tables Replicated again, and those take no writes here.
  const copy: Pipeline = { entities, links: design.links, options: { ...design.options, cluster: '', createDatabases: true, replicatedDatabases: false } };
  const script = generateSql(copy);
  const statements = script.statements.filter((s) => s.runnable !== false).map((s) => ({ entityId: s.entityId, sql: s.text }));
  const fed = new Set(design.links.map((l) => l.target));
  const targets: RunTarget[] = entities
    .filter((e) => e.kind === 'mergeTree' && fed.has(e.id))
    .map((e) => ({ entityId: e.id, label: `${scratchToDesign.get(e.database)}.${e.name}`, table: qualify(e.database, e.name) }));
  const cleanup = [...scratchToDesign.keys()].map((db) => `DROP DATABASE IF EXISTS ${quoteIdent(db)} SYNC`);
  return { statements, produce, targets, cleanup, notes, scratchToDesign };
}

export { toDesignNames };
