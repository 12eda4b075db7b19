CREATE TABLE default.events_store
(
    id UInt64,
    ts DateTime,
    user LowCardinality(String),
    message String COMMENT 'free text' CODEC(ZSTD(3)) TTL ts + toIntervalDay(30),
    payload String DEFAULT '' TTL ts + toIntervalDay(7),
    score Float64,
    INDEX idx_user user TYPE set(100) GRANULARITY 4,
    INDEX idx_score score TYPE minmax,
    INDEX idx_msg_bf message TYPE bloom_filter(0.01) GRANULARITY 2,
    INDEX idx_msg_tok lower(message) TYPE tokenbf_v1(256, 2, 0) GRANULARITY 1,
    INDEX `idx msg ngram` message TYPE ngrambf_v1(3, 256, 2, 0) GRANULARITY 1
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (id, ts)
TTL ts + toIntervalYear(1)
SETTINGS
    index_granularity = 4096;
