# Aiven for ClickHouse: the clickhouse_kafka integration from kafka-1 to clickhouse-1.
# Aiven creates these Kafka tables in the database service_kafka-1; run the exported SQL for the views and tables after it.
resource "aiven_service_integration" "clickhouse_kafka" {
  project                  = "my-project"
  integration_type         = "clickhouse_kafka"
  source_service_name      = "kafka-1"
  destination_service_name = "clickhouse-1"

  clickhouse_kafka_user_config {
    tables {
      name        = "sensor_readings_queue"
      data_format = "AvroConfluent"
      group_name  = "clickhouse_sensors"

      columns {
        name = "sensor_id"
        type = "String"
      }

      columns {
        name = "ts"
        type = "DateTime64(3)"
      }

      columns {
        name = "temperature"
        type = "Float64"
      }

      columns {
        name = "humidity"
        type = "Float32"
      }

      topics {
        name = "sensor_readings"
      }
    }
  }
}
