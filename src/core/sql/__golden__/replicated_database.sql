CREATE DATABASE IF NOT EXISTS analytics ENGINE = Replicated('/clickhouse/databases/{database}', '{shard}', '{replica}');

CREATE DATABASE IF NOT EXISTS ingest ENGINE = Replicated('/clickhouse/databases/{database}', '{shard}', '{replica}');

CREATE TABLE ingest.events_queue
(
    id UInt64
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow';

CREATE TABLE analytics.events
(
    id UInt64
)
ENGINE = ReplicatedMergeTree
ORDER BY id;

CREATE MATERIALIZED VIEW analytics.events_mv TO analytics.events
AS SELECT
    id
FROM ingest.events_queue;
