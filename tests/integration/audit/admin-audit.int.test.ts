import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeUser } from "@/tests/helpers/factories";
import { call, mockSession, signInAs } from "@/tests/helpers/session";

vi.mock("@/lib/auth/session", async (orig) => mockSession(await orig()));
const userRoute = await import("@/app/api/v1/admin/users/[userId]/route");
const auditRoute = await import("@/app/api/v1/admin/audit/route");

type User = Awaited<ReturnType<typeof makeUser>>;
let admin: User;
beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN" });
});

const patch = (userId: string, body: unknown) => call(userRoute.PATCH, { method: "PATCH", params: { userId }, body });
const rowsFor = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
const audit = (qs = "") => call(auditRoute.GET, { url: `http://localhost/api/v1/admin/audit${qs}` });

describe("audit log: admin actions", () => {
  it("a role change writes exactly one row with the old and new role; the same role again writes none", async () => {
    const u = await makeUser();
    signInAs(admin);
    expect((await patch(u.id, { role: "INSTRUCTOR" })).status).toBe(200);
    expect(await rowsFor(u.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "user.role",
        targetType: "user",
        targetId: u.id,
        before: { role: "LEARNER" },
        after: { role: "INSTRUCTOR" },
      }),
    ]);
    expect((await patch(u.id, { role: "INSTRUCTOR" })).status).toBe(200);
    expect(await rowsFor(u.id)).toHaveLength(1);
  });

  it("disable and enable each write one row with disabledAt before and after", async () => {
    const u = await makeUser();
    signInAs(admin);
    await patch(u.id, { disabled: true });
    await patch(u.id, { disabled: true }); // already disabled: no change, no row
    await patch(u.id, { disabled: false });
    const rows = await rowsFor(u.id);
    const disabledAt = rows[0].after as { disabledAt: string };
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ["user.disable", { disabledAt: null }, { disabledAt: expect.any(String) }],
      ["user.enable", { disabledAt: disabledAt.disabledAt }, { disabledAt: null }],
    ]);
  });

  it("a refused change (400, 404, 422) writes no row", async () => {
    const u = await makeUser();
    signInAs(admin);
    expect((await patch(u.id, { role: "OWNER" })).status).toBe(400);
    expect((await patch("no-such-user", { role: "LEARNER" })).status).toBe(404);
    expect((await patch(admin.id, { role: "LEARNER" })).status).toBe(422);
    expect((await patch(admin.id, { disabled: true })).status).toBe(422);
    expect(await db.auditLog.count({ where: { targetId: { in: [u.id, admin.id, "no-such-user"] } } })).toBe(0);
  });

  it("lists newest first with paging and filters by actor and action; 403 for everyone but admins", async () => {
    const other = await makeUser({ role: "ADMIN" });
    const a = await makeUser();
    const b = await makeUser();
    signInAs(other);
    await patch(a.id, { role: "INSTRUCTOR" });
    await patch(b.id, { role: "INSTRUCTOR" });
    await patch(b.id, { disabled: true });

    const mine = await audit(`?actor=${encodeURIComponent(other.email.toUpperCase())}&pageSize=2`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 3, page: 1, pageSize: 2, pages: 2 });
    expect(mine.body.entries.map((e: { action: string; targetId: string }) => [e.action, e.targetId])).toEqual([
      ["user.disable", b.id],
      ["user.role", b.id],
    ]);
    expect(mine.body.entries[0].actor).toEqual({ id: other.id, email: other.email });
    const page2 = await audit(`?actor=${other.id}&pageSize=2&page=2`);
    expect(page2.body.entries.map((e: { targetId: string }) => e.targetId)).toEqual([a.id]);
    const roles = await audit(`?actor=${other.id}&action=user.role`);
    expect(roles.body.total).toBe(2);

    const bad = await audit("?action=user.delete");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields["query.action"]).toBeDefined();

    for (const role of ["LEARNER", "INSTRUCTOR"] as const) {
      signInAs(await makeUser({ role }));
      expect((await audit()).status).toBe(403);
    }
  });
});
