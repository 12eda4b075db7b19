CREATE TABLE default.latest_orders
(
    id UInt64,
    customer String,
    ts DateTime,
    PROJECTION `by customer` (SELECT * ORDER BY customer)
)
ENGINE = ReplacingMergeTree
ORDER BY id
SETTINGS
    deduplicate_merge_projection_mode = 'rebuild';

CREATE TABLE default.orders
(
    id UInt64,
    customer LowCardinality(String),
    amount Decimal(18, 2),
    ts DateTime,
    INDEX ix_customer customer TYPE bloom_filter GRANULARITY 4,
    CONSTRAINT amount_positive CHECK amount > 0,
    CONSTRAINT recent ASSUME ts > '2020-01-01 00:00:00',
    PROJECTION per_customer (
        SELECT customer, sum(amount)
        GROUP BY customer
    ),
    PROJECTION by_ts (SELECT * ORDER BY ts) WITH SETTINGS (index_granularity = 4096)
)
ENGINE = MergeTree
ORDER BY id;
