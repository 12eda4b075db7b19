# Aiven for ClickHouse: the clickhouse_kafka integration from kafka-1 to clickhouse-1.
# Aiven creates these Kafka tables in the database service_kafka-1; run the exported SQL for the views and tables after it.
resource "aiven_service_integration" "clickhouse_kafka" {
  project                  = "my-project"
  integration_type         = "clickhouse_kafka"
  source_service_name      = "kafka-1"
  destination_service_name = "clickhouse-1"

  clickhouse_kafka_user_config {
    tables {
      name        = "orders_queue"
      data_format = "JSONEachRow"
      group_name  = "clickhouse_orders"

      columns {
        name = "order_id"
        type = "UInt64"
      }

      columns {
        name = "customer_id"
        type = "UInt64"
      }

      columns {
        name = "amount"
        type = "Decimal(18, 2)"
      }

      columns {
        name = "status"
        type = "LowCardinality(String)"
      }

      columns {
        name = "updated_at"
        type = "DateTime"
      }

      topics {
        name = "orders"
      }
    }
  }
}
