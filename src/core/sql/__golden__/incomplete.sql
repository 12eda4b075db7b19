CREATE TABLE default.events_queue
(
    id UInt64
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow';

-- table default.empty_table is not emitted: it has no columns

CREATE TABLE default.events
(
    id UInt64
)
ENGINE = MergeTree
ORDER BY id;

-- view default.blank_rows is not emitted: it has no column mappings

-- view default.into_empty_table is not emitted: its TO target default.empty_table is not created (it has no columns)

-- view default.no_mappings is not emitted: it has no column mappings

-- view default.no_source is not emitted: it has no source table

-- view default.no_target is not emitted: it has no TO target
