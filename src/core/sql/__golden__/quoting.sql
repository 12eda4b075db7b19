CREATE DATABASE IF NOT EXISTS `my db`;

CREATE DATABASE IF NOT EXISTS `we’ird été 🚀`;

CREATE TABLE `my db`.`queue \`tick\` 'quote'`
(
    `plain id` UInt64 COMMENT 'it\'s a \\ comment\nwith newline',
    `null` String,
    `back\\slash` String,
    `new\nline` String
)
ENGINE = Kafka
SETTINGS
    kafka_broker_list = 'host:9092',
    kafka_topic_list = 't\'opic',
    kafka_group_name = 'g\\roup',
    kafka_format = 'JSONEachRow',
    kafka_client_id = 'client \'x\'\\y\nz'
COMMENT 'tab\there';

CREATE TABLE `we’ird été 🚀`.`t\`\\'\nwe’ird été 🚀`
(
    `plain id` UInt64,
    `null` String,
    `back\\slash` String,
    `new\nline` String,
    `we’ird été 🚀` String COMMENT 'we’ird été 🚀',
    `ver sion` UInt64 DEFAULT 0
)
ENGINE = ReplacingMergeTree(`ver sion`)
ORDER BY (`plain id`, `new\nline`)
COMMENT 'table \'comment\' \\ with\nnewline\tand tab and NUL\0end';

CREATE MATERIALIZED VIEW `my db`.`view "dq" \\` TO `we’ird été 🚀`.`t\`\\'\nwe’ird été 🚀`
COMMENT 'view\ncomment'
AS SELECT
    `plain id`,
    `null`,
    `back\\slash`,
    `new\nline`,
    concat(`back\\slash`, '\'') AS `we’ird été 🚀`
FROM `my db`.`queue \`tick\` 'quote'`
WHERE `plain id` > 0;
