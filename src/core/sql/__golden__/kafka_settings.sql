CREATE TABLE default.events_queue
(
    id UInt64,
    payload String,
    id_alias UInt64 ALIAS id + 1 COMMENT 'derived'
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'k1:9092,k2:9092',
    kafka_topic_list = 'events,events_retry',
    kafka_group_name = 'chflow_events',
    kafka_format = 'JSONEachRow',
    kafka_num_consumers = 4,
    kafka_max_block_size = 65536,
    kafka_skip_broken_messages = 10,
    kafka_handle_error_mode = 'stream',
    kafka_thread_per_consumer = 1,
    kafka_poll_max_batch_size = 1000,
    kafka_flush_interval_ms = 2000,
    date_time_input_format = 'basic',
    format_csv_delimiter = ';',
    input_format_skip_unknown_fields = 0,
    kafka_client_id = 'chflow',
    kafka_commit_every_batch = true,
    kafka_compression_level = 3,
    kafka_sasl_mechanism = 'PLAIN'
COMMENT 'queue with settings';

CREATE TABLE default.errors
(
    topic LowCardinality(String),
    raw String,
    error String
)
ENGINE = MergeTree
ORDER BY tuple();

CREATE MATERIALIZED VIEW default.errors_mv TO default.errors
AS SELECT
    _topic AS topic,
    _raw_message AS raw,
    _error AS error
FROM default.events_queue
WHERE _error != '';
