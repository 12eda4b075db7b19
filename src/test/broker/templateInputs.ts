// Messages for the templates that need more than generated JSON rows, shared
// by the tests and the benchmark: Confluent Avro readings for the schema
// registry template, and orders that make the fan-out's SummingMergeTree sum.
import type { Pipeline } from '../../core/model/types';
import type { FlowOptions } from './flow';
import { sampleDay, type Message } from './messages';
import { confluentAvro, pointAtRegistry } from './schemaRegistry';

const SENSOR_SCHEMA_ID = 1;

/** Writer schemas by id, for the test's schema registry. */
export const TEMPLATE_SCHEMAS: Record<number, unknown> = {
  [SENSOR_SCHEMA_ID]: {
    type: 'record',
    name: 'SensorReading',
    fields: [
      { name: 'sensor_id', type: 'string' },
      { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'temperature', type: 'double' },
      { name: 'humidity', type: 'float' },
    ],
  },
};

/** Confluent Avro readings: sensor, time of day (yesterday, UTC), temperature, humidity. */
function readings(): Message[] {
  return (
    [
      ['s-1', '10:00:05.250', 21.5, 40.25],
      ['s-2', '10:00:06.000', -3.75, 80.5],
      ['s-1', '10:01:00.125', 22, 41],
    ] as const
  ).map(([id, time, temperature, humidity]) => ({
    text: `${id} ${time} ${temperature} ${humidity}`,
    bytes: confluentAvro(SENSOR_SCHEMA_ID, [{ string: id }, { long: Date.parse(`${sampleDay()}T${time}Z`) }, { double: temperature }, { float: humidity }]),
  }));
}

function orders(): Message[] {
  const day = sampleDay();
  return [
    { text: `{"order_id":1,"customer_id":7,"amount":"10.50","created_at":"${day} 09:00:00"}` },
    { text: `{"order_id":2,"customer_id":7,"amount":"2.25","created_at":"${day} 17:30:00"}` },
    { text: `{"order_id":3,"customer_id":9,"amount":"100","created_at":"${day} 12:00:00"}` },
  ];
}

/** Flow options for a template: its messages where generated ones do not fit, and the registry URL. */
export function templateInputs(id: string, registryUrl: string): FlowOptions {
  switch (id) {
    case 'avro-schema-registry':
      // The design's registry (http://schema-registry:8081) becomes the test's own.
      return { adjust: (p: Pipeline) => pointAtRegistry(p, registryUrl), messages: { sensor_readings_queue: readings() } };
    case 'kafka-fan-out-two-targets':
      return { messages: { orders_queue: orders() } };
    default:
      return {};
  }
}
