USE shop;
SET allow_experimental_object_type = 1;
CREATE TABLE orders (id UInt64, items Array(String), ts DateTime DEFAULT now(), note String ALIAS 'x', INDEX ix id TYPE minmax GRANULARITY 2, PROJECTION p (SELECT id ORDER BY ts))
ENGINE = ReplacingMergeTree(ts) ORDER BY id SETTINGS deduplicate_merge_projection_mode = 'drop';
CREATE TABLE items (id UInt64, item String) ENGINE = MergeTree ORDER BY (id, item);
CREATE MATERIALIZED VIEW items_mv TO items AS SELECT id, arrayJoin(items) AS item FROM orders;
CREATE TABLE dist AS orders ENGINE = Distributed(c, shop, orders);
DROP TABLE IF EXISTS old;
