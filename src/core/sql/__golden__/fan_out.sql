CREATE TABLE default.clicks_queue
(
    url String,
    ts DateTime64(3, 'UTC'),
    ms UInt32
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'clicks',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow';

CREATE TABLE default.clicks_by_url
(
    url String,
    hits UInt64
)
ENGINE = SummingMergeTree
ORDER BY url;

CREATE TABLE default.slow_clicks
(
    url String,
    ts DateTime64(3, 'UTC'),
    ms UInt32,
    partition UInt64,
    offset UInt64
)
ENGINE = ReplacingMergeTree
ORDER BY (partition, offset);

CREATE MATERIALIZED VIEW default.clicks_by_url_mv TO default.clicks_by_url
AS SELECT
    url,
    count() AS hits
FROM default.clicks_queue
GROUP BY url;

CREATE MATERIALIZED VIEW default.slow_clicks_mv TO default.slow_clicks
AS SELECT
    url,
    ts,
    ms,
    _partition AS partition,
    _offset AS offset
FROM default.clicks_queue
WHERE ms > 1000;
