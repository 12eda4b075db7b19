-- Aiven's documented example: TO and ENGINE together, which ClickHouse refuses.
CREATE MATERIALIZED VIEW default.my_view TO destination_name ENGINE = ReplicatedMergeTree ORDER BY x AS SELECT x,y FROM service_kaf.table_name;
