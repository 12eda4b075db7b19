# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

resource "clickhouse_clickpipe" "orders_pipe" {
  name           = "orders_queue → default.orders"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "JSONEachRow"
      brokers        = "kafka:9092"
      topics         = "orders"
      consumer_group = "clickhouse_orders"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "orders"
    managed_table    = true
    columns          = [
      {
        name = "order_id"
        type = "UInt64"
      },
      {
        name = "customer_id"
        type = "UInt64"
      },
      {
        name = "amount"
        type = "Decimal(18, 2)"
      },
      {
        name = "status"
        type = "LowCardinality(String)"
      },
      {
        name = "updated_at"
        type = "DateTime"
      },
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
      }
    ]
    table_definition = {
      engine      = {
        type = "ReplacingMergeTree"
      }
      sorting_key = ["kafka_topic", "kafka_partition", "kafka_offset"]
    }
  }
  field_mappings = [
    {
      source_field      = "order_id"
      destination_field = "order_id"
    },
    {
      source_field      = "customer_id"
      destination_field = "customer_id"
    },
    {
      source_field      = "amount"
      destination_field = "amount"
    },
    {
      source_field      = "status"
      destination_field = "status"
    },
    {
      source_field      = "updated_at"
      destination_field = "updated_at"
    }
  ]
}
