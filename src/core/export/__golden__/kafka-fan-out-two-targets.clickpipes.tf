# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

resource "clickhouse_clickpipe" "orders_raw_pipe" {
  name           = "orders_queue → default.orders_raw"
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
    table            = "orders_raw"
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
        name = "created_at"
        type = "DateTime"
      }
    ]
    table_definition = {
      engine       = {
        type = "MergeTree"
      }
      sorting_key  = ["created_at", "order_id"]
      partition_by = "toYYYYMM(created_at)"
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
      source_field      = "created_at"
      destination_field = "created_at"
    }
  ]
}

resource "clickhouse_clickpipe" "customer_daily_pipe" {
  name           = "orders_queue → default.customer_daily"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "JSONEachRow"
      brokers        = "kafka:9092"
      topics         = "orders"
      consumer_group = "clickhouse_orders-customer_daily"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "customer_daily"
    managed_table    = true
    columns          = [
      {
        name = "customer_id"
        type = "UInt64"
      },
      {
        name = "day"
        type = "Date"
      },
      {
        name = "orders"
        type = "UInt64"
      },
      {
        name = "amount"
        type = "Decimal(18, 2)"
      }
    ]
    table_definition = {
      engine      = {
        type = "SummingMergeTree"
      }
      sorting_key = ["customer_id", "day"]
    }
  }
  field_mappings = [
    {
      source_field      = "customer_id"
      destination_field = "customer_id"
    },
    {
      source_field      = "amount"
      destination_field = "amount"
    }
  ]
}
