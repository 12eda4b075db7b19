# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

resource "clickhouse_clickpipe" "destination_pipe" {
  name           = "table_name → default.destination"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "JSONEachRow"
      brokers        = "kafka:9092"
      topics         = "table_name"
      consumer_group = "clickhouse"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "destination"
    managed_table    = true
    columns          = [
      {
        name = "x"
        type = "UInt64"
      },
      {
        name = "y"
        type = "String"
      }
    ]
    table_definition = {
      engine      = {
        type = "MergeTree"
      }
      sorting_key = ["x"]
    }
  }
  field_mappings = [
    {
      source_field      = "x"
      destination_field = "x"
    },
    {
      source_field      = "y"
      destination_field = "y"
    }
  ]
}
