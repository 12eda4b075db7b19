DROP NAMED COLLECTION IF EXISTS kafka_events;
CREATE NAMED COLLECTION kafka_events AS kafka_broker_list = 'k1:9092', kafka_topic_list = 'events', kafka_group_name = 'chflow', kafka_format = 'JSONEachRow', kafka_sasl_username = 'u', kafka_sasl_password = 'p';
