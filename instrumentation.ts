// Runs once when the Next.js server starts: bring up the database (embedded when DATABASE_URL is unset) and
// apply pending migrations before the first request is served.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrapDatabase } = await import("@/lib/database/bootstrap");
  const { getEnv } = await import("@/lib/env");
  getEnv(); // a configuration error stops the server here, with the variable named
  await bootstrapDatabase();
}

// Unexpected server errors: logged once, with the digest the error page shows and the request id.
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  const { logger } = await import("@/lib/logger");
  logger.error("request failed", {
    requestId: request.headers["x-request-id"],
    digest: (error as { digest?: string })?.digest,
    method: request.method,
    path: request.path,
    route: context.routePath,
    error,
  });
}
