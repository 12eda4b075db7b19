CREATE TABLE default.aggregating
(
    day Date,
    users AggregateFunction(uniq, UInt64),
    total SimpleAggregateFunction(sum, Float64)
)
ENGINE = AggregatingMergeTree
ORDER BY day;

CREATE TABLE default.coalescing_all
(
    id UInt64,
    ts DateTime,
    city Nullable(String)
)
ENGINE = CoalescingMergeTree
ORDER BY id;

CREATE TABLE default.coalescing_many
(
    id UInt64,
    ts DateTime,
    city Nullable(String),
    score Nullable(Float64)
)
ENGINE = CoalescingMergeTree((city, score))
ORDER BY id;

CREATE TABLE default.coalescing_one
(
    id UInt64,
    ts DateTime,
    city Nullable(String)
)
ENGINE = CoalescingMergeTree(city)
ORDER BY id;

CREATE TABLE default.collapsing
(
    id UInt64,
    ts DateTime,
    sign Int8
)
ENGINE = CollapsingMergeTree(sign)
ORDER BY id;

CREATE TABLE default.plain
(
    id UInt64,
    ts DateTime
)
ENGINE = MergeTree
ORDER BY id;

CREATE TABLE default.replacing_deleted
(
    id UInt64,
    ts DateTime,
    ver UInt64,
    is_deleted UInt8
)
ENGINE = ReplacingMergeTree(ver, is_deleted)
ORDER BY id;

CREATE TABLE default.replacing_no_ver
(
    id UInt64,
    ts DateTime
)
ENGINE = ReplacingMergeTree
ORDER BY id;

CREATE TABLE default.replacing_ver
(
    id UInt64,
    ts DateTime,
    ver UInt64
)
ENGINE = ReplacingMergeTree(ver)
ORDER BY id;

CREATE TABLE default.summing_many
(
    id UInt64,
    ts DateTime,
    amount Float64,
    n UInt64
)
ENGINE = SummingMergeTree((amount, n))
ORDER BY id;

CREATE TABLE default.summing_one
(
    id UInt64,
    ts DateTime,
    amount Float64
)
ENGINE = SummingMergeTree(amount)
ORDER BY id;

CREATE TABLE default.versioned
(
    id UInt64,
    ts DateTime,
    sign Int8,
    ver UInt32
)
ENGINE = VersionedCollapsingMergeTree(sign, ver)
ORDER BY id;
