CREATE TABLE default.events_queue
(
    id UInt64,
    payload String
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'k1:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'g_events_queue',
    kafka_format = 'JSONEachRow',
    kafka_num_consumers = 2,
    kafka_max_block_size = 10000,
    kafka_skip_broken_messages = 5,
    kafka_handle_error_mode = 'stream',
    kafka_thread_per_consumer = 1,
    kafka_poll_max_batch_size = 500,
    kafka_flush_interval_ms = 1000,
    kafka_autodetect_client_rack = 'AWS_ZONE_ID',
    kafka_aws_region = 'eu-west-1',
    kafka_client_id = 'chflow-1',
    kafka_commit_every_batch = 1,
    kafka_commit_on_select = 1,
    kafka_compression_codec = 'zstd',
    kafka_compression_level = 5,
    kafka_consumer_acquire_timeout_ms = 10000,
    kafka_consumer_reschedule_ms = 1000,
    kafka_consumers_pool_ttl_ms = 120000,
    kafka_map_virtual_columns_on_write = 1,
    kafka_max_rows_per_message = 10,
    kafka_poll_timeout_ms = 250,
    kafka_sasl_mechanism = 'SCRAM-SHA-512',
    kafka_sasl_password = 'p\'w\\d',
    kafka_sasl_username = 'ingest',
    kafka_security_protocol = 'sasl_ssl';
