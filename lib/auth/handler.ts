// The next-auth route handler, mounted at app/api/auth/[...nextauth]/route.ts.
import NextAuth from "next-auth";

import { getAuthOptions } from "@/lib/auth/config";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  const params = await context.params;
  return NextAuth(request as never, { params } as never, getAuthOptions());
}

export { handler as GET, handler as POST };
