import { beforeAll, describe, expect, it, vi } from "vitest";
import { listUsers, updateUser } from "@/lib/admin/users";
import { db } from "@/lib/db/client";
import { makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const usersRoute = await import("@/app/api/v1/admin/users/route");
const userRoute = await import("@/app/api/v1/admin/users/[userId]/route");

type User = Awaited<ReturnType<typeof makeUser>>;
let admin: User;
beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN" });
});

const patch = (userId: string, body: unknown) => call(userRoute.PATCH, { method: "PATCH", params: { userId }, body });

describe("admin: users", () => {
  it("searches by email, case-insensitively, and paginates", async () => {
    const tag = `zeta${Date.now()}`;
    for (let i = 0; i < 5; i++)
      await db.user.create({ data: { email: `${tag}-${i}@Example.test`.toLowerCase(), name: `Z ${i}` } });
    signInAs(admin);
    const first = await call(usersRoute.GET, {
      url: `http://localhost/api/v1/admin/users?q=${tag.toUpperCase()}&pageSize=2`,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 5, page: 1, pageSize: 2, pages: 3 });
    expect(first.body.users.map((u: { email: string }) => u.email)).toEqual([
      `${tag}-0@example.test`,
      `${tag}-1@example.test`,
    ]);
    const last = await listUsers(admin, { q: tag, page: 3, pageSize: 2 });
    expect(last.users.map((u) => u.email)).toEqual([`${tag}-4@example.test`]);
    const bad = await call(usersRoute.GET, { url: "http://localhost/api/v1/admin/users?page=0" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields["query.page"]).toBeDefined();
  });

  it("grants and revokes the instructor role", async () => {
    const u = await makeUser();
    signInAs(admin);
    expect((await patch(u.id, { role: "INSTRUCTOR" })).body.role).toBe("INSTRUCTOR");
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).role).toBe("INSTRUCTOR");
    expect((await patch(u.id, { role: "LEARNER" })).body.role).toBe("LEARNER");
    expect((await patch(u.id, { role: "OWNER" })).status).toBe(400);
    expect((await patch(u.id, {})).status).toBe(400);
    expect((await patch("no-such-user", { role: "LEARNER" })).status).toBe(404);
  });

  it("disable sets disabledAt (kept when disabling again); enable clears it", async () => {
    const u = await makeUser();
    signInAs(admin);
    const res = await patch(u.id, { disabled: true });
    expect(res.status).toBe(200);
    expect(res.body.disabled).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.disabledAt).toBeInstanceOf(Date);
    await patch(u.id, { disabled: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).disabledAt).toEqual(row.disabledAt);
    expect((await patch(u.id, { disabled: false })).body).toMatchObject({ disabled: false, disabledAt: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).disabledAt).toBeNull();
  });

  it("an admin cannot demote or disable themselves, but can another admin", async () => {
    signInAs(admin);
    const self = await patch(admin.id, { role: "INSTRUCTOR" });
    expect(self.status).toBe(422);
    expect(self.body.error.fields.role).toBeDefined();
    expect((await patch(admin.id, { disabled: true })).status).toBe(422);
    expect((await patch(admin.id, { role: "ADMIN" })).status).toBe(200);
    const row = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect([row.role, row.disabledAt]).toEqual(["ADMIN", null]);
    const other = await makeUser({ role: "ADMIN" });
    expect((await patch(other.id, { role: "INSTRUCTOR", disabled: true })).body).toMatchObject({
      role: "INSTRUCTOR",
      disabled: true,
    });
  });

  it("non-admins get 403 and change nothing", async () => {
    const target = await makeUser();
    for (const role of ["LEARNER", "INSTRUCTOR"] as const) {
      const u = await makeUser({ role });
      signInAs(u);
      expect((await patch(target.id, { disabled: true })).status).toBe(403);
      await expect(updateUser(u, target.id, { disabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
  });
});
