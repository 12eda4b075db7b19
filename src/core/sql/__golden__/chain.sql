CREATE DATABASE IF NOT EXISTS analytics;

CREATE DATABASE IF NOT EXISTS ingest;

CREATE TABLE ingest.events_queue
(
    id UInt64,
    user String,
    amount Float64,
    ts DateTime
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'kafka:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'chflow',
    kafka_format = 'JSONEachRow';

CREATE TABLE analytics.daily
(
    day Date,
    user String,
    total Float64,
    n UInt64
)
ENGINE = SummingMergeTree((total, n))
ORDER BY (day, user);

CREATE TABLE analytics.events_raw
(
    id UInt64,
    user String,
    amount Float64,
    ts DateTime
)
ENGINE = MergeTree
ORDER BY (id, ts);

CREATE MATERIALIZED VIEW analytics.raw_mv TO analytics.events_raw
AS SELECT
    id,
    lower(user) AS user,
    amount,
    ts
FROM ingest.events_queue;

CREATE MATERIALIZED VIEW analytics.rollup_mv TO analytics.daily
AS SELECT
    toDate(ts) AS day,
    user,
    sum(amount) AS total,
    count() AS n
FROM analytics.events_raw
WHERE amount > 0
GROUP BY day, user;
