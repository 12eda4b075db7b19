# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

resource "clickhouse_clickpipe" "payments_per_minute_pipe" {
  name           = "payments_queue → default.payments_per_minute"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "JSONEachRow"
      brokers        = "kafka:9092"
      topics         = "payments"
      consumer_group = "clickhouse_payments"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "payments_per_minute"
    managed_table    = true
    columns          = [
      {
        name = "minute"
        type = "DateTime"
      },
      {
        name = "payments"
        type = "AggregateFunction(count)"
      },
      {
        name = "amount_total"
        type = "AggregateFunction(sum, Float64)"
      },
      {
        name = "users"
        type = "AggregateFunction(uniq, UInt64)"
      }
    ]
    table_definition = {
      engine      = {
        type = "AggregatingMergeTree"
      }
      sorting_key = ["minute"]
    }
  }
  field_mappings = []
}
