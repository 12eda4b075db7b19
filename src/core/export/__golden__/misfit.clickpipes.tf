# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

variable "kafka_password" {
  type      = string
  sensitive = true
}

resource "clickhouse_clickpipe" "rollup_pipe" {
  name           = "a_kafka_table_name_that_is_longer_than_forty_chars → default.rollup"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "Protobuf"
      brokers        = "kafka:9092"
      topics         = "events,bad topic"
      consumer_group = "g1"
      authentication = "OAUTHBEARER"
      credentials    = {
        username = ""
        password = var.kafka_password
      }
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "rollup"
    managed_table    = true
    columns          = [
      {
        name = "id"
        type = "UInt64"
      },
      {
        name = "ts"
        type = "DateTime"
      },
      {
        name = "size"
        type = "UInt64"
      }
    ]
    table_definition = {
      engine      = {
        type = "CollapsingMergeTree"
      }
      sorting_key = ["toStartOfHour(ts)", "id"]
    }
  }
  field_mappings = [
    {
      source_field      = "id"
      destination_field = "id"
    }
  ]
}
