-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.page_views
(
    event_time DateTime,
    user_id UInt64,
    url String,
    referrer String,
    duration_ms UInt32
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_time)
ORDER BY (user_id, event_time)
TTL event_time + INTERVAL 90 DAY;

CREATE MATERIALIZED VIEW default.page_views_mv TO default.page_views
AS SELECT
    event_time,
    user_id,
    url,
    referrer,
    duration_ms
FROM `service_kafka-1`.page_views_queue;
