-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.orders
(
    order_id UInt64,
    customer_id UInt64,
    amount Decimal(18, 2),
    status LowCardinality(String),
    updated_at DateTime,
    kafka_topic LowCardinality(String),
    kafka_partition UInt64,
    kafka_offset UInt64
)
ENGINE = ReplacingMergeTree
ORDER BY (kafka_topic, kafka_partition, kafka_offset);

CREATE MATERIALIZED VIEW default.orders_mv TO default.orders
AS SELECT
    order_id,
    customer_id,
    amount,
    status,
    updated_at,
    _topic AS kafka_topic,
    _partition AS kafka_partition,
    _offset AS kafka_offset
FROM `service_kafka-1`.orders_queue;
