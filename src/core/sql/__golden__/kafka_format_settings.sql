CREATE TABLE default.avro_queue
(
    id UInt64,
    ts DateTime64(3)
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'k1:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'g_avro_queue',
    kafka_format = 'AvroConfluent',
    format_avro_schema_registry_url = 'http://registry:8081',
    input_format_avro_allow_missing_fields = 1;

CREATE TABLE default.json_queue
(
    id UInt64,
    ts DateTime
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'k1:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'g_json_queue',
    kafka_format = 'JSONEachRow',
    date_time_input_format = 'best_effort_us',
    format_json_object_each_row_column_for_object_name = 'key',
    input_format_json_read_numbers_as_strings = 0,
    input_format_null_as_default = 0;

CREATE TABLE default.proto_queue
(
    id UInt64
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'k1:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'g_proto_queue',
    kafka_format = 'ProtobufSingle',
    kafka_schema = 'events.proto:Event';

CREATE TABLE default.regexp_queue
(
    id UInt64,
    name String
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'k1:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'g_regexp_queue',
    kafka_format = 'Regexp',
    format_regexp = '(\\d+) (\\w+)',
    format_regexp_escaping_rule = 'Raw',
    format_regexp_skip_unmatched = 1;

CREATE TABLE default.template_queue
(
    id UInt64
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'k1:9092',
    kafka_topic_list = 'events',
    kafka_group_name = 'g_template_queue',
    kafka_format = 'Template',
    format_template_resultset = 'resultset.format',
    format_template_row = 'row.format';
