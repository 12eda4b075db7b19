// A checker for the small JSON Schema subset the published target schemas use
// (type, properties, required, additionalProperties: false, enum, string length,
// pattern, number range, maxItems, items). It lists every violation with its
// path, so a test names the field that does not fit.
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
}

function typeOk(type: JsonSchema['type'], v: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    default:
      return typeof v === type;
  }
}

export function schemaViolations(schema: JsonSchema, value: unknown, path = '$'): string[] {
  if (!typeOk(schema.type, value)) return [`${path}: expected ${schema.type}, got ${Array.isArray(value) ? 'array' : typeof value}`];
  const out: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    const n = [...value].length;
    if (schema.minLength !== undefined && n < schema.minLength) out.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && n > schema.maxLength) out.push(`${path}: longer than ${schema.maxLength} (${n})`);
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) out.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((v, i) => out.push(...schemaViolations(schema.items!, v, `${path}[${i}]`)));
  }
  if (schema.type === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) out.push(`${path}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = schema.properties?.[k];
      if (sub) out.push(...schemaViolations(sub, v, `${path}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${path}.${k}: not a field of the target`);
    }
  }
  return out;
}
