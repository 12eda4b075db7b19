# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

resource "clickhouse_clickpipe" "clicks_pipe" {
  name           = "clicks_queue → default.clicks"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "JSONEachRow"
      brokers        = "kafka:9092"
      topics         = "clicks"
      consumer_group = "clickhouse_clicks"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "clicks"
    managed_table    = true
    columns          = [
      {
        name = "ts"
        type = "DateTime"
      },
      {
        name = "user_id"
        type = "UInt64"
      },
      {
        name = "url"
        type = "String"
      }
    ]
    table_definition = {
      engine      = {
        type = "MergeTree"
      }
      sorting_key = ["user_id", "ts"]
    }
  }
  field_mappings = [
    {
      source_field      = "ts"
      destination_field = "ts"
    },
    {
      source_field      = "user_id"
      destination_field = "user_id"
    },
    {
      source_field      = "url"
      destination_field = "url"
    }
  ]
}

resource "clickhouse_clickpipe" "clicks_errors_pipe" {
  name           = "clicks_queue → default.clicks_errors"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "JSONEachRow"
      brokers        = "kafka:9092"
      topics         = "clicks"
      consumer_group = "clickhouse_clicks-clicks_errors"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "clicks_errors"
    managed_table    = true
    columns          = [
      {
        name = "kafka_topic"
        type = "LowCardinality(String)"
      },
      {
        name = "kafka_partition"
        type = "UInt64"
      },
      {
        name = "kafka_offset"
        type = "UInt64"
      },
      {
        name = "raw_message"
        type = "String"
      },
      {
        name = "error"
        type = "String"
      }
    ]
    table_definition = {
      engine      = {
        type = "MergeTree"
      }
      sorting_key = ["kafka_topic", "kafka_partition", "kafka_offset"]
    }
  }
  field_mappings = []
}
