-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.destination
(
    x UInt64,
    y String
)
ENGINE = ReplicatedMergeTree
ORDER BY x;

CREATE MATERIALIZED VIEW default.my_view TO default.destination
AS SELECT
    x,
    y
FROM `service_kafka-1`.table_name;
