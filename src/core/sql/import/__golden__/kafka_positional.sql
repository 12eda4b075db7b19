CREATE TABLE queue (id UInt64, msg String)
ENGINE = Kafka('broker:9092', 'events', 'group1', 'JSONEachRow', '', '', 2);
