-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.customer_daily
(
    customer_id UInt64,
    day Date,
    orders UInt64,
    amount Decimal(18, 2)
)
ENGINE = SummingMergeTree
ORDER BY (customer_id, day);

CREATE TABLE default.orders_raw
(
    order_id UInt64,
    customer_id UInt64,
    amount Decimal(18, 2),
    created_at DateTime
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(created_at)
ORDER BY (created_at, order_id);

CREATE MATERIALIZED VIEW default.customer_daily_mv TO default.customer_daily
AS SELECT
    customer_id,
    toDate(created_at) AS day,
    1 AS orders,
    amount
FROM `service_kafka-1`.orders_queue;

CREATE MATERIALIZED VIEW default.orders_raw_mv TO default.orders_raw
AS SELECT
    order_id,
    customer_id,
    amount,
    created_at
FROM `service_kafka-1`.orders_queue;
