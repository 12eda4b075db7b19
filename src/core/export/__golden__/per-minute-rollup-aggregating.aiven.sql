-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.payments_per_minute
(
    minute DateTime,
    payments AggregateFunction(count),
    amount_total AggregateFunction(sum, Float64),
    users AggregateFunction(uniq, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY minute;

CREATE MATERIALIZED VIEW default.payments_per_minute_mv TO default.payments_per_minute
AS SELECT
    toStartOfMinute(ts) AS minute,
    countState() AS payments,
    sumState(amount) AS amount_total,
    uniqState(user_id) AS users
FROM `service_kafka-1`.payments_queue
GROUP BY toStartOfMinute(ts);
