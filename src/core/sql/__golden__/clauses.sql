CREATE TABLE default.events
(
    id UInt64,
    user UInt32,
    ts DateTime CODEC(Delta, ZSTD(3)),
    day Date MATERIALIZED toDate(ts) COMMENT 'from ts',
    source LowCardinality(String) DEFAULT 'kafka',
    user_hash UInt32 ALIAS intHash32(user),
    raw String EPHEMERAL '',
    size UInt64 DEFAULT length(raw)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
PRIMARY KEY (id, intHash32(user))
ORDER BY (id, intHash32(user), ts)
SAMPLE BY intHash32(user)
TTL ts + toIntervalDay(30)
SETTINGS
    index_granularity = 4096,
    storage_policy = 'default',
    allow_nullable_key = true
COMMENT 'all clauses';

CREATE TABLE default.primary_only
(
    a UInt64,
    b String
)
ENGINE = MergeTree
PRIMARY KEY a
ORDER BY a;

CREATE TABLE default.tuple_key
(
    a UInt64,
    b String
)
ENGINE = MergeTree
PARTITION BY (a % 4, b)
ORDER BY (a, b);

CREATE TABLE default.unsorted
(
    a UInt64
)
ENGINE = MergeTree
ORDER BY tuple();
