// Errors raised before any route runs — by the router or by Node's HTTP parser — in the Altogic error shape, without
// the request's own bytes (Fastify's and Node's default bodies quote the URL) (S14, docs/wire-contract.md §1.7).
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, ErrorCode, validation } from '../errors.ts';

function send(reply: FastifyReply, error: ApiError): void {
  reply.code(error.statusCode).type('application/json; charset=utf-8').send(error.toBody());
}

/** Fastify's `frameworkErrors`: a path that cannot be decoded, a parameter past `maxParamLength`. */
export function frameworkErrors(error: { code?: string }, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    send(reply, new ApiError(414, ErrorCode.validationError, 'The request URL is too long.'));
    return;
  }
  send(reply, validation('The request URL is malformed.'));
}

function parserError(code: string | undefined): ApiError {
  if (code === 'HPE_HEADER_OVERFLOW') return new ApiError(431, ErrorCode.validationError, 'The request URL or headers are too large.');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new ApiError(408, ErrorCode.validationError, 'The request took too long.');
  return validation('The request is malformed.');
}

/** Fastify's `clientErrorHandler`: Node could not parse the request (too large, malformed, too slow). */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const answer = parserError(error.code);
    const body = JSON.stringify(answer.toBody());
    socket.write(
      `HTTP/1.1 ${answer.statusCode} ${STATUS_CODES[answer.statusCode]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
