// Runs before every request: security headers with a per-request CSP nonce, a request id, and an optimistic
// redirect of signed-out visitors to /login. It is not the authorisation boundary: pages, actions and route
// handlers check the session and permissions themselves (CONVENTIONS.md §7).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

import { isPlausibleRequestId, securityHeaders } from "@/lib/security-headers";

const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health", "/api/v1"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isPublic(pathname)) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
    if (!token) {
      const login = new URL("/login", request.url);
      if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const incoming = request.headers.get("x-request-id");
  const requestId = isPlausibleRequestId(incoming) ? incoming : crypto.randomUUID();
  const headers = securityHeaders(nonce, {
    isDevelopment: process.env.NODE_ENV === "development",
    isProduction: process.env.NODE_ENV === "production",
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
