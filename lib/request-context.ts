// The id that ties a request's log lines, audit rows and error messages together. proxy.ts sets it on every
// request (or keeps a plausible one from a trusted proxy in front of us).
import { randomUUID } from "node:crypto";

import { headers } from "next/headers";

export const REQUEST_ID_HEADER = "x-request-id";

export async function getRequestId(): Promise<string> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? randomUUID();
  } catch {
    return randomUUID(); // outside a request (scripts, tests)
  }
}
