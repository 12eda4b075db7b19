-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.rollup
(
    id UInt64,
    ts DateTime,
    size UInt64
)
ENGINE = CollapsingMergeTree(size)
ORDER BY (toStartOfHour(ts), id)
TTL ts + INTERVAL 1 DAY;

CREATE MATERIALIZED VIEW default.to_rollup TO default.rollup
AS SELECT
    id,
    ts,
    size
FROM `service_kafka-1`.a_kafka_table_name_that_is_longer_than_forty_chars
WHERE length(payload) > 0;
