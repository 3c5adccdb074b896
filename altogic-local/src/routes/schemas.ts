// JSON schemas shared by the routes (S12). Fastify validates with Ajv configured without coercion and without
// silently removing unknown keys, so wrong types and unexpected fields are refused.

export const str = (maxLength: number) => ({ type: 'string', maxLength }) as const;

export const emailQuerySchema = {
  type: 'object',
  required: ['email'],
  properties: { email: str(400) },
} as const;

export const keyQuerySchema = {
  type: 'object',
  properties: { key: str(400) },
} as const;
