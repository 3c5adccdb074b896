/** The technical line of a failure: the error's own text, for whoever runs the portal (shown in a disclosure). */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
