// Fixtures for the coordinator journeys: a signed-in coordinator (English interface) and members in given
// states, built through the application's own mutations so every row passes the same rules and audit.
import { randomInt } from "node:crypto";

import type { APIResponse, Page, Route } from "@playwright/test";

import { addDays, todayInBrussels } from "../../lib/dates";
import { getDb } from "../../lib/db";
import type { MemberContext } from "../../lib/members/context";
import { makeInsz, makeKbo } from "../../lib/members/rules";
import { startTrajectory, transitionTrajectory } from "../../lib/trajectories/mutations";
import { actorOf, makeMemberInIncapacity } from "../../prisma/domain-factories";
import type { TestUser } from "../../prisma/factories";
import { expect, test as base } from "../fixtures";

export const today = todayInBrussels();
export const daysAgo = (days: number) => addDays(today, -days);

export interface Coordinator extends TestUser {
  context: MemberContext;
}

export const test = base.extend<{ coordinator: Coordinator }>({
  coordinator: async ({ signedInAs }, use) => {
    const user = await signedInAs("COORDINATOR", { locale: "en" });
    await use({ ...user, context: await actorOf(user) });
  },
});

export { expect };

/** A valid INSZ nobody else uses (a random birth date and serial). */
export function freshInsz(): { insz: string; birthDate: string } {
  const birthDate = `19${60 + randomInt(0, 35)}-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;
  return { insz: makeInsz(birthDate, randomInt(1, 998)), birthDate };
}

export function freshKbo(): string {
  return makeKbo(randomInt(10_000_000, 19_999_999));
}

/** A member of the coordinator in incapacity, with an active trajectory (referred → invited → first contact). */
export async function makeMemberInActiveTrajectory(coordinator: TestUser, incapacityDays = 120) {
  const member = await makeMemberInIncapacity(coordinator, incapacityDays);
  const context = await actorOf(coordinator);
  const trajectory = await startTrajectory(
    {
      memberId: member.id,
      initiative: "MEMBER",
      referredDate: daysAgo(20),
      goAheadDate: "",
      coordinatorId: "",
    },
    context,
  );
  const version = async () =>
    (await getDb().trajectory.findUniqueOrThrow({ where: { id: trajectory.id } })).version;
  await transitionTrajectory(
    { trajectoryId: trajectory.id, version: await version(), to: "INVITED", invitedDate: daysAgo(15) },
    context,
  );
  await transitionTrajectory(
    { trajectoryId: trajectory.id, version: await version(), to: "ACTIVE", firstContactDate: daysAgo(10) },
    context,
  );
  return { ...member, trajectoryId: trajectory.id, name: `${member.firstName} ${member.lastName}` };
}

/** A response whose body could not be read: it escaped the leak check. */
export interface UnreadableResponse {
  url: string;
  status: number;
  contentType: string;
  error: string;
}

/** A content type whose body is text the leak check reads (documents, RSC payloads, JSON, scripts). */
function isTextual(contentType: string): boolean {
  return /^text\/|^application\/(json|javascript|xml|x-www-form-urlencoded)|\+json|\+xml|x-component/i.test(
    contentType,
  );
}

/**
 * Everything the browser received while `run` ran: documents, RSC payloads, server-action answers — and the
 * successful (2xx) text responses whose body could not be read, which the caller must check is empty (a
 * body that cannot be read cannot be searched for leaks). Every request goes through a route that fetches
 * the answer itself and reads its body before handing it to the page, so a response the page navigated
 * away from (a prefetch, the document before a reload) is read all the same.
 */
export async function collectResponses(
  page: Page,
  run: () => Promise<void>,
): Promise<{ bodies: string[]; unreadable: UnreadableResponse[] }> {
  const bodies: string[] = [];
  const unreadable: UnreadableResponse[] = [];
  // The browser talks to the app only (offline machine), so every response is the app's.
  const handler = async (route: Route) => {
    let response: APIResponse;
    try {
      response = await route.fetch({ maxRedirects: 0 });
    } catch {
      // The page went away (or aborted the request) before the server answered: nothing was received.
      await route.abort().catch(() => {});
      return;
    }
    const status = response.status();
    const contentType = response.headers()["content-type"] ?? "";
    try {
      const body = await response.body();
      if (isTextual(contentType)) bodies.push(body.toString("utf8"));
      await route.fulfill({ response, body }).catch(() => {});
    } catch (error) {
      if (status >= 200 && status < 300 && isTextual(contentType)) {
        unreadable.push({
          url: response.url(),
          status,
          contentType,
          error: error instanceof Error ? error.message : String(error),
        });
      }
      await route.fulfill({ response }).catch(() => {});
    }
  };
  await page.route("**/*", handler);
  try {
    await run();
  } finally {
    await page.unroute("**/*", handler);
  }
  return { bodies, unreadable };
}
