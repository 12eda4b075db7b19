CREATE TABLE default.events_queue
(
    id UInt64
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow',
    kafka_poll_max_batch_size = 500,
    kafka_consumer_reschedule_ms = 250;
