# Aiven for ClickHouse: the clickhouse_kafka integration from kafka-1 to clickhouse-1.
# Aiven creates these Kafka tables in the database service_kafka-1; run the exported SQL for the views and tables after it.
resource "aiven_service_integration" "clickhouse_kafka" {
  project                  = "my-project"
  integration_type         = "clickhouse_kafka"
  source_service_name      = "kafka-1"
  destination_service_name = "clickhouse-1"

  clickhouse_kafka_user_config {
    tables {
      name        = "payments_queue"
      data_format = "JSONEachRow"
      group_name  = "clickhouse_payments"

      columns {
        name = "ts"
        type = "DateTime"
      }

      columns {
        name = "user_id"
        type = "UInt64"
      }

      columns {
        name = "amount"
        type = "Float64"
      }

      topics {
        name = "payments"
      }
    }
  }
}
