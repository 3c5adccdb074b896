// Every error answer of the server, in the Altogic error shape {"errors":[{origin,code,message,details?}]}.
// Codes are declared once here (docs/wire-contract.md §8) and imported everywhere else.
import { isStorageFull } from './store/space-reserve.ts';

export const ErrorCode = {
  missingSessionToken: 'missing_session_token',
  invalidSessionToken: 'invalid_session_token',
  invalidClientKey: 'invalid_client_key',
  validationError: 'validation_error',
  invalidCredentials: 'invalid_credentials',
  emailNotVerified: 'email_not_verified',
  emailNotUnique: 'email_not_unique',
  invalidPassword: 'invalid_password',
  invalidAccessToken: 'invalid_access_token',
  sessionNotFound: 'session_not_found',
  forbidden: 'forbidden',
  modelNotFound: 'model_not_found',
  bucketNotFound: 'bucket_not_found',
  fileNotFound: 'file_not_found',
  notFound: 'not_found',
  methodNotAllowed: 'method_not_allowed',
  contentTypeError: 'content_type_error',
  payloadTooLarge: 'payload_too_large',
  storageQuotaExceeded: 'storage_quota_exceeded',
  insufficientStorage: 'insufficient_storage',
  tooManyRequests: 'too_many_requests',
  serverBusy: 'server_busy',
  notImplemented: 'not_implemented',
  internalError: 'internal_error',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorItem {
  origin: 'client_error' | 'server_error';
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: ErrorCodeValue;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string>;

  constructor(
    statusCode: number,
    code: ErrorCodeValue,
    message: string,
    options: { details?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toBody(): { errors: ErrorItem[] } {
    const item: ErrorItem = {
      origin: this.statusCode >= 500 ? 'server_error' : 'client_error',
      code: this.code,
      message: this.message,
    };
    if (this.details) item.details = this.details;
    return { errors: [item] };
  }
}

export const validation = (message: string, details?: Record<string, unknown>) =>
  new ApiError(400, ErrorCode.validationError, message, details ? { details } : {});

export const tooManyRequests = (retryAfterSeconds: number, message = 'Too many requests. Please wait a moment and try again.') =>
  new ApiError(429, ErrorCode.tooManyRequests, message, {
    headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    details: { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) },
  });

export const notImplemented = () => new ApiError(501, ErrorCode.notImplemented, 'This feature is not available on altogic-local.');

export const insufficientStorage = () =>
  new ApiError(507, ErrorCode.insufficientStorage, 'The server has run out of space. Please try again later.');

export const internalError = () => new ApiError(500, ErrorCode.internalError, 'Something went wrong on our side. Please try again.');

interface FrameworkError {
  code?: string;
  statusCode?: number;
  validation?: unknown[];
  validationContext?: string;
  message?: string;
}

/** Maps any thrown value (ours, Fastify's, a plugin's, a bug) to an ApiError. Never leaks internals. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const e = (error ?? {}) as FrameworkError;
  if (Array.isArray(e.validation)) {
    const first = e.validation[0] as { instancePath?: string; params?: Record<string, unknown>; keyword?: string } | undefined;
    const where = e.validationContext ?? 'body';
    const field =
      first?.params?.['missingProperty'] ??
      first?.params?.['additionalProperty'] ??
      (first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : undefined);
    const reason = first?.keyword === 'additionalProperties' ? 'not_allowed' : (first?.keyword ?? 'invalid');
    return validation('The request contains missing or invalid values.', {
      in: where,
      ...(field !== undefined ? { field: String(field) } : {}),
      reason,
    });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new ApiError(413, ErrorCode.payloadTooLarge, 'The request or file is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new ApiError(415, ErrorCode.contentTypeError, 'The request has an unsupported content type.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return validation('The request body is not valid JSON.');
    case 'FST_PROTO_VIOLATION':
      return validation('The request contains forbidden keys.');
    case 'FST_ERR_BAD_URL':
      return validation('The request URL is malformed.');
    default:
      break;
  }
  if (isStorageFull(error)) return insufficientStorage();
  if (error instanceof SyntaxError) return validation('The request body is not valid JSON.');
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 408) return new ApiError(408, ErrorCode.validationError, 'The request took too long.');
  if (status === 413) return new ApiError(413, ErrorCode.payloadTooLarge, 'The request or file is too large.');
  if (status === 415) return new ApiError(415, ErrorCode.contentTypeError, 'The request has an unsupported content type.');
  if (status >= 400 && status < 500) return validation('The request is malformed.');
  return internalError();
}
