# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

resource "clickhouse_clickpipe" "page_views_pipe" {
  name           = "page_views_queue → default.page_views"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "JSONEachRow"
      brokers        = "kafka:9092"
      topics         = "page_views"
      consumer_group = "clickhouse_page_views"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "page_views"
    managed_table    = true
    columns          = [
      {
        name = "event_time"
        type = "DateTime"
      },
      {
        name = "user_id"
        type = "UInt64"
      },
      {
        name = "url"
        type = "String"
      },
      {
        name = "referrer"
        type = "String"
      },
      {
        name = "duration_ms"
        type = "UInt32"
      }
    ]
    table_definition = {
      engine       = {
        type = "MergeTree"
      }
      sorting_key  = ["user_id", "event_time"]
      partition_by = "toYYYYMM(event_time)"
    }
  }
  field_mappings = [
    {
      source_field      = "event_time"
      destination_field = "event_time"
    },
    {
      source_field      = "user_id"
      destination_field = "user_id"
    },
    {
      source_field      = "url"
      destination_field = "url"
    },
    {
      source_field      = "referrer"
      destination_field = "referrer"
    },
    {
      source_field      = "duration_ms"
      destination_field = "duration_ms"
    }
  ]
}
