// docker-compose cannot run on the CI machines (no Docker engine): check what can be checked.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as {
  services: Record<
    string,
    {
      build?: string;
      image?: string;
      environment?: Record<string, string>;
      ports?: string[];
      depends_on?: unknown;
      healthcheck?: unknown;
    }
  >;
  volumes: Record<string, unknown>;
};

describe("docker-compose.yml", () => {
  it("runs PostgreSQL with a persistent volume and a health check", () => {
    expect(compose.services.db?.image).toMatch(/^postgres:1[5-9]/);
    expect(compose.services.db?.healthcheck).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain("reprise-db");
  });

  it("builds the app from the Dockerfile and gives it every required setting from the environment", () => {
    const app = compose.services.app!;
    expect(app.build).toBe(".");
    expect(app.depends_on).toEqual({ db: { condition: "service_healthy" } });
    expect(app.environment?.DATABASE_URL).toMatch(
      /^postgresql:\/\/reprise:\$\{REPRISE_DB_PASSWORD\}@db:5432\/reprise$/,
    );
    expect(app.environment?.NEXTAUTH_SECRET).toContain("${NEXTAUTH_SECRET");
    expect(app.ports).toContain("3000:3000");
  });

  it("keeps secrets out of the file", () => {
    const text = readFileSync("docker-compose.yml", "utf8");
    expect(text).not.toMatch(/PASSWORD: (?!\$\{)/);
  });
});

describe("Dockerfile", () => {
  const dockerfile = readFileSync("Dockerfile", "utf8");
  it("runs as an unprivileged user with a health check", () => {
    expect(dockerfile).toMatch(/^USER reprise$/m);
    expect(dockerfile).toContain("/api/health");
  });
});
