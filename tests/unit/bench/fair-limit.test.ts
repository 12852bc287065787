import { describe, expect, it } from "vitest";
import { isRequestStatement, parseStatementLog, pgbenchScript, templateOf } from "@/bench/baseline";

// A slice of a real server log (log_statement = all): a multi-line extended-protocol statement
// with its parameters, a simple-protocol one, and noise.
const LOG = [
  `2026-12-02 05:20:01.123 UTC [4242] LOG:  execute <unnamed>: SELECT q.id AS "qId", rs.version`,
  `\tFROM "ReviewState" rs WHERE rs."userId" = $1 AND rs."questionId" = $2 AND rs.note = $3`,
  `2026-12-02 05:20:01.124 UTC [4242] DETAIL:  Parameters: $1 = 'bl-200', $2 = 'bq-1', $3 = 'it''s'`,
  `2026-12-02 05:20:01.200 UTC [4243] LOG:  checkpoint starting: time`,
  `2026-12-02 05:20:01.300 UTC [4242] LOG:  execute s1: UPDATE "ReviewState" SET version = $1 WHERE id = $2 AND version = $3 AND x = $4`,
  `2026-12-02 05:20:01.301 UTC [4242] DETAIL:  Parameters: $1 = '700002', $2 = 'rs-200-1', $3 = '700001', $4 = NULL`,
  `2026-12-02 05:20:01.400 UTC [4250] LOG:  statement: SELECT 1`,
  "",
].join("\n");

describe("the fair limit's statement capture", () => {
  it("reads every statement the server logged, with its parameters, multi-line text and quotes intact", () => {
    const logged = parseStatementLog(LOG);
    expect(logged.map((l) => l.pid)).toEqual(["4242", "4242", "4250"]);
    expect(logged[0].sql).toBe(
      `SELECT q.id AS "qId", rs.version\nFROM "ReviewState" rs WHERE rs."userId" = $1 AND rs."questionId" = $2 AND rs.note = $3`,
    );
    expect(logged[0].params).toEqual(["bl-200", "bq-1", "it's"]);
    expect(logged[1].params).toEqual(["700002", "rs-200-1", "700001", null]);
    expect(logged[2]).toEqual({ pid: "4250", sql: "SELECT 1", params: [] });
  });

  it("replays what the app sent: its ids become variables, every other value stays as the app bound it", () => {
    const script = templateOf(parseStatementLog(LOG).slice(0, 2), {
      uid: "bl-200",
      qid: "bq-1",
      c_rsId: "rs-200-1",
      c_version: "700001",
      nv: "700002",
    });
    expect(script[0].params).toEqual([{ name: "uid" }, { name: "qid" }, { value: "it's" }]);
    expect(script[1].params).toEqual([{ name: "nv" }, { name: "c_rsId" }, { name: "c_version" }, { value: null }]);
    const { text, defines } = pgbenchScript([{ ...script[0], keepsRow: true }, script[1]], "\\set u random(1, 2)");
    expect(text).toContain(`rs."userId" = :uid AND rs."questionId" = :qid AND rs.note = :p0_3 \\gset c_`);
    expect(text).toContain("\\set nv :c_version + 1");
    expect(text).toContain(`SET version = :nv WHERE id = :c_rsId AND version = :c_version AND x = NULL;`);
    expect(defines).toEqual(["p0_3=it's"]);
  });

  it("leaves out the job queue's polls and the bench's own logging switch, keeping the app's statements", () => {
    const poll = `WITH next as ( SELECT id, singleton_key, policy FROM pgboss.job WHERE name = $1 AND state < 'active' ) UPDATE pgboss.job j SET state = 'active'`;
    expect(isRequestStatement(poll)).toBe(false);
    expect(isRequestStatement("ALTER SYSTEM RESET log_statement")).toBe(false);
    expect(
      isRequestStatement(`SELECT "public"."User"."id" FROM "public"."User" WHERE ("public"."User"."id" = $1)`),
    ).toBe(true);
    expect(
      isRequestStatement(
        `WITH moved AS ( UPDATE "ReviewState" SET version = $1 WHERE id = $2 ) INSERT INTO "ReviewLog"`,
      ),
    ).toBe(true);
  });
});
