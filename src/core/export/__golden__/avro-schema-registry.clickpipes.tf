# ClickHouse Cloud ClickPipes, one per view that reads Kafka.
variable "service_id" {
  type = string
}

resource "clickhouse_clickpipe" "sensor_readings_pipe" {
  name           = "sensor_readings_queue → default.sensor_readings"
  service_id     = var.service_id
  source         = {
    kafka = {
      type           = "kafka"
      format         = "AvroConfluent"
      brokers        = "kafka:9092"
      topics         = "sensor_readings"
      consumer_group = "clickhouse_sensors"
      offset         = {
        strategy = "from_beginning"
      }
    }
  }
  destination    = {
    database         = "default"
    table            = "sensor_readings"
    managed_table    = true
    columns          = [
      {
        name = "sensor_id"
        type = "String"
      },
      {
        name = "ts"
        type = "DateTime64(3)"
      },
      {
        name = "temperature"
        type = "Float64"
      },
      {
        name = "humidity"
        type = "Float32"
      }
    ]
    table_definition = {
      engine       = {
        type = "MergeTree"
      }
      sorting_key  = ["sensor_id", "ts"]
      partition_by = "toYYYYMM(ts)"
    }
  }
  field_mappings = [
    {
      source_field      = "sensor_id"
      destination_field = "sensor_id"
    },
    {
      source_field      = "ts"
      destination_field = "ts"
    },
    {
      source_field      = "temperature"
      destination_field = "temperature"
    },
    {
      source_field      = "humidity"
      destination_field = "humidity"
    }
  ]
}
