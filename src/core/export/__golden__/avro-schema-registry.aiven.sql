-- Views and tables for Aiven for ClickHouse. The Kafka tables come from the clickhouse_kafka
-- integration with kafka-1, in the database service_kafka-1; create the integration first.

CREATE TABLE default.sensor_readings
(
    sensor_id String,
    ts DateTime64(3),
    temperature Float64,
    humidity Float32
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (sensor_id, ts);

CREATE MATERIALIZED VIEW default.sensor_readings_mv TO default.sensor_readings
AS SELECT
    sensor_id,
    ts,
    temperature,
    humidity
FROM `service_kafka-1`.sensor_readings_queue;
