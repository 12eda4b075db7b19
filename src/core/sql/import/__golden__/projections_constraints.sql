-- Projections and constraints are kept as written, in ClickHouse's order.
CREATE TABLE shop.orders
(
    `id` UInt64,
    `customer` String,
    `amount` Decimal(18, 2),
    `ts` DateTime,
    INDEX ix_customer customer TYPE bloom_filter GRANULARITY 4,
    CONSTRAINT amount_positive CHECK amount > 0,
    CONSTRAINT known_customer ASSUME customer != '',
    PROJECTION per_customer
    (
        SELECT
            customer,
            sum(amount)
        GROUP BY customer
    ),
    PROJECTION by_ts (SELECT * ORDER BY ts) WITH SETTINGS (index_granularity = 4096)
)
ENGINE = MergeTree
ORDER BY id;

CREATE TABLE shop.orders_queue (id UInt64, customer String, amount Decimal(18, 2), ts DateTime, CONSTRAINT c CHECK amount > 0)
ENGINE = Kafka SETTINGS kafka_broker_list = 'kafka:9092', kafka_topic_list = 'orders', kafka_group_name = 'g', kafka_format = 'JSONEachRow';

CREATE TABLE default.visits\n(\n    `id` UInt64,\n    `user_id` UInt32,\n    `url` String,\n    `ts` DateTime,\n    CONSTRAINT url_set CHECK url != \'\',\n    PROJECTION per_user\n    (\n        SELECT\n            user_id,\n            count()\n        GROUP BY user_id\n    )\n)\nENGINE = MergeTree\nORDER BY (ts, id)\nSETTINGS index_granularity = 8192
