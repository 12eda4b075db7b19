CREATE DATABASE IF NOT EXISTS analytics ON CLUSTER '{cluster}';
CREATE TABLE analytics.src ON CLUSTER '{cluster}' (ts DateTime, user_id UInt64, amount Decimal(18,4) CODEC(ZSTD(3)) COMMENT 'paid')
ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY (user_id, ts) SAMPLE BY user_id TTL ts + INTERVAL 1 YEAR SETTINGS index_granularity = 4096;
CREATE MATERIALIZED VIEW analytics.daily ON CLUSTER '{cluster}'
ENGINE = SummingMergeTree((total)) ORDER BY day POPULATE
AS SELECT toDate(ts) AS day, sum(amount) total FROM analytics.src GROUP BY day;
