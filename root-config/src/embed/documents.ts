/** The embed demo's two documents (one built page, root-config/vite.config.ts), each at its own address. */
export const EMBED_DOCUMENTS = ['terms', 'privacy'] as const;

export type EmbedDocument = (typeof EMBED_DOCUMENTS)[number];

/** Where a document is served: the register parcel's consent links open it. */
export const documentPath = (document: EmbedDocument): string => `/embed-demo/${document}`;

/** The document an address shows (the terms for any other). */
export const documentAt = (pathname: string): EmbedDocument =>
  EMBED_DOCUMENTS.find((document) => pathname.startsWith(documentPath(document))) ?? 'terms';
