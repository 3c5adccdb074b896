/** The largest JSON body any route reads (uploads in the client's JSON-stringified Buffer form included). */
export const JSON_BODY_LIMIT = 1024 * 1024;
