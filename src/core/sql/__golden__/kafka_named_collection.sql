CREATE TABLE default.events_queue
(
    id UInt64,
    name String
)
ENGINE = Kafka(kafka_events)
SETTINGS
    kafka_num_consumers = 2,
    input_format_skip_unknown_fields = 0;

CREATE TABLE default.events_queue_plain
(
    id UInt64
)
ENGINE = Kafka(kafka_events);

CREATE TABLE default.events
(
    id UInt64,
    name String
)
ENGINE = MergeTree
ORDER BY id;

CREATE MATERIALIZED VIEW default.events_mv TO default.events
AS SELECT
    id,
    name
FROM default.events_queue;
