CREATE TABLE default.events_queue
(
    id UInt64,
    ver UInt64,
    sign Int8
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow';

CREATE TABLE default.default_path
(
    id UInt64
)
ENGINE = ReplicatedMergeTree
ORDER BY id;

CREATE TABLE default.explicit_path
(
    id UInt64,
    ver UInt64
)
ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{database}/{table}', 'replica_1', ver)
ORDER BY id;

CREATE TABLE default.path_without_replica
(
    id UInt64
)
ENGINE = ReplicatedMergeTree
ORDER BY id;

CREATE TABLE default.summing
(
    id UInt64,
    n UInt64,
    m UInt64
)
ENGINE = ReplicatedSummingMergeTree((n, m))
ORDER BY id;

CREATE TABLE default.versioned
(
    id UInt64,
    sign Int8,
    ver UInt64
)
ENGINE = ReplicatedVersionedCollapsingMergeTree('/clickhouse/tables/{database}/{table}', 'replica_2', sign, ver)
ORDER BY id;

CREATE MATERIALIZED VIEW default.to_default_path TO default.default_path
AS SELECT
    id
FROM default.events_queue;

CREATE MATERIALIZED VIEW default.to_explicit TO default.explicit_path
AS SELECT
    id,
    ver
FROM default.events_queue;
