CREATE TABLE t (a UInt8)
ENGINE = MergeTree
ORDER BY a;
CREATE TABLE u (a UInt8, b String DEFAULT 'unterminated)
ENGINE = MergeTree ORDER BY a;
