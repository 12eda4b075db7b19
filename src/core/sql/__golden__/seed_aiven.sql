CREATE TABLE service_kaf.table_name
(
    x UInt64,
    y String
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'table_name',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow';

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
FROM service_kaf.table_name;
