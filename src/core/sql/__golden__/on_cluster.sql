CREATE DATABASE IF NOT EXISTS analytics ON CLUSTER `my-cluster`;

CREATE DATABASE IF NOT EXISTS ingest ON CLUSTER `my-cluster`;

CREATE TABLE ingest.events_queue ON CLUSTER `my-cluster`
(
    id UInt64
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow';

CREATE TABLE analytics.events ON CLUSTER `my-cluster`
(
    id UInt64
)
ENGINE = ReplicatedMergeTree
ORDER BY id;

CREATE MATERIALIZED VIEW analytics.events_mv ON CLUSTER `my-cluster` TO analytics.events
AS SELECT
    id
FROM ingest.events_queue;
