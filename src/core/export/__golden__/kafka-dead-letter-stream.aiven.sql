-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.clicks
(
    ts DateTime,
    user_id UInt64,
    url String
)
ENGINE = MergeTree
ORDER BY (user_id, ts);

CREATE TABLE default.clicks_errors
(
    kafka_topic LowCardinality(String),
    kafka_partition UInt64,
    kafka_offset UInt64,
    raw_message String,
    error String
)
ENGINE = MergeTree
ORDER BY (kafka_topic, kafka_partition, kafka_offset);

CREATE MATERIALIZED VIEW default.clicks_errors_mv TO default.clicks_errors
AS SELECT
    _topic AS kafka_topic,
    _partition AS kafka_partition,
    _offset AS kafka_offset,
    _raw_message AS raw_message,
    _error AS error
FROM `service_kafka-1`.clicks_queue
WHERE length(_error) > 0;

CREATE MATERIALIZED VIEW default.clicks_mv TO default.clicks
AS SELECT
    ts,
    user_id,
    url
FROM `service_kafka-1`.clicks_queue
WHERE length(_error) = 0;
