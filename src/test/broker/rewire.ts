// Points a design at the mock broker by editing the MODEL (never the SQL text):
// every topic and Kafka table gets the broker's address, fresh topic and group
// names (a reused group can hang a join for a minute), and short flush/poll
// intervals so rows land in ~4 s instead of ~8 s. What the mock broker or chdb
// cannot take is changed too, and each change is listed in `changes`.
import type { Entity, KafkaTable, Pipeline } from '../../core/model/types';
import type { SqlScript } from '../../core/sql/generate';
import { quoteIdent, quoteString } from '../../core/sql/quote';

/** Settings that need something the plaintext mock broker on 127.0.0.1 is not. */
const UNREACHABLE_SETTINGS: Record<string, string> = {
  kafka_security_protocol: 'the mock broker speaks plaintext only',
  kafka_autodetect_client_rack: 'it asks a cloud metadata service',
  kafka_aws_region: 'it belongs to AWS MSK authentication',
};

export const FAST_SETTINGS = { kafka_flush_interval_ms: '200', kafka_poll_timeout_ms: '100' } as const;

export interface Rewired {
  pipeline: Pipeline;
  /** The topics each Kafka table reads, by its entity id. */
  topics: Map<string, string[]>;
  /** Server statements the design needs first (named collections pointing at the broker). */
  setup: string[];
  /** Named collections created by `setup`, to drop afterwards. */
  collections: string[];
  /** Every change beyond the address, topic, group and flush settings, for test names and reports. */
  changes: string[];
}

let sequence = 0;

/** A Kafka-legal name unique to this process and run. */
export function freshName(tag: string): string {
  const clean = tag.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40);
  return `${clean}_${process.pid}_${Date.now().toString(36)}_${++sequence}`;
}

// Read through a loose type: the option is newer than some checkouts of the model.
const replicatedDatabases = (p: Pipeline) => (p.options as { replicatedDatabases?: boolean }).replicatedDatabases === true;

/**
 * The same design with every Replicated* engine replaced by its plain family and
 * Replicated databases as plain ones: chdb's Replicated tables are read-only and it
 * cannot host a Replicated database (no interserver port).
 */
export function withPlainEngines(p: Pipeline): Pipeline {
  return {
    ...p,
    entities: p.entities.map((e): Entity => (e.kind === 'mergeTree' && e.engine.replicated ? { ...e, engine: { ...e.engine, replicated: false } } : e)),
    options: replicatedDatabases(p) ? { ...p.options, replicatedDatabases: false } : p.options,
  };
}

export function hasReplicated(p: Pipeline): boolean {
  return replicatedDatabases(p) || p.entities.some((e) => e.kind === 'mergeTree' && e.engine.replicated);
}

/** Databases the runnable statements use that the script does not create (besides `default`): the server must have them. */
export function serverDatabases(p: Pipeline, script: SqlScript): string[] {
  const created = new Set(script.statements.filter((s) => s.kind === 'database').map((s) => s.database));
  const used = script.statements
    .filter((s) => s.runnable !== false && s.kind !== 'database')
    .map((s) => p.entities.find((e) => e.id === s.entityId)?.database ?? '');
  return [...new Set(used)].filter((d) => d !== 'default' && d !== '' && !created.has(d)).sort();
}

export function pointAtBroker(p: Pipeline, address: string, tag: string): Rewired {
  const changes: string[] = [];
  const topics = new Map<string, string[]>();
  const setup: string[] = [];
  const collections: string[] = [];
  // Tables sharing a named collection share its one topic list and group.
  const byCollection = new Map<string, { topic: string; group: string }>();

  const rewireTable = (t: KafkaTable): KafkaTable => {
    const collection = (t.namedCollection ?? '').trim();
    const count = Math.max(1, t.topic.split(',').filter((x) => x.trim() !== '').length);
    let topic: string;
    let group: string;
    const shared = byCollection.get(collection);
    if (collection !== '' && shared) {
      ({ topic, group } = shared);
    } else {
      topic = Array.from({ length: count }, (_, i) => freshName(`${tag}_${t.name}_t${i}`)).join(',');
      group = freshName(`${tag}_${t.name}_g`);
    }
    const settings: Record<string, string> = { ...t.settings, ...FAST_SETTINGS };
    for (const [name, why] of Object.entries(UNREACHABLE_SETTINGS)) {
      if (name in settings) {
        delete settings[name];
        changes.push(`${t.name}: ${name} dropped (${why})`);
      }
    }
    if (collection !== '' && !shared) {
      byCollection.set(collection, { topic, group });
      collections.push(collection);
      setup.push(`DROP NAMED COLLECTION IF EXISTS ${quoteIdent(collection)}`);
      setup.push(
        `CREATE NAMED COLLECTION ${quoteIdent(collection)} AS kafka_broker_list = ${quoteString(address)}, ` +
          `kafka_topic_list = ${quoteString(topic)}, kafka_group_name = ${quoteString(group)}, kafka_format = ${quoteString(t.format)}`,
      );
      changes.push(`named collection ${collection} recreated on the server for the mock broker (no credentials)`);
    }
    topics.set(t.id, topic.split(','));
    return { ...t, brokers: address, topic, consumerGroup: group, settings };
  };

  let entities = p.entities.map((e): Entity => (e.kind === 'kafkaTable' ? rewireTable(e) : e));
  // A linked topic node carries the same connection fields; keep it in step with its table.
  entities = entities.map((e): Entity => {
    if (e.kind !== 'kafkaTopic') return e;
    const table = p.links.map((l) => (l.source === e.id ? entities.find((x) => x.id === l.target) : undefined)).find((x) => x?.kind === 'kafkaTable');
    return table?.kind === 'kafkaTable' ? { ...e, brokers: address, topic: table.topic, consumerGroup: table.consumerGroup } : e;
  });
  const options = { ...p.options };
  if (options.cluster.trim() !== '') {
    changes.push(`ON CLUSTER ${options.cluster} removed (chdb is a single server without clusters)`);
    options.cluster = '';
  }
  return { pipeline: { ...p, entities, options }, topics, setup, collections, changes };
}
