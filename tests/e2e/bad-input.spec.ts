import { expect, test, type APIRequestContext } from "@playwright/test";
import { createUser, type TestUser } from "./helpers";

/**
 * What only a real server shows: Next decodes paths itself before any of our code runs, so an
 * undecodable escape used to be a 500 there. The API answers 400 in its error shape, pages the
 * not-found page; NUL in a query string is refused (API) or ignored (page search). HTTP only.
 */
async function signIn(request: APIRequestContext, user: TestUser): Promise<void> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(res.ok()).toBeTruthy();
  expect((await request.get("/api/v1/me")).status()).toBe(200);
}

const BAD_PATHS = ["%FF", "%E0%A4%A", "%C0%AF", "abc%"];

test("undecodable escapes in API paths are a 400 in the error shape, signed in or not", async ({ request }) => {
  for (const bad of BAD_PATHS) {
    for (const path of [
      `/api/v1/decks/${bad}`,
      `/api/v1/author/decks/${bad}`,
      `/api/v1/attempts/${bad}/result`,
      `/api/v1/quizzes/${bad}`,
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(400);
      expect((await res.json()).error.code, path).toBe("BAD_REQUEST");
    }
  }
  await signIn(request, await createUser("INSTRUCTOR"));
  const res = await request.get("/api/v1/decks/%FF");
  expect(res.status()).toBe(400);
  expect((await res.json()).error.fields.path).toBeDefined();
});

test("undecodable or NUL path segments on pages render the not-found page, not a 500", async ({ request }) => {
  const pages = (bad: string) => [
    `/decks/${bad}`,
    `/quizzes/${bad}`,
    `/quizzes/attempts/${bad}`,
    `/author/decks/${bad}`,
    `/author/decks/${bad}/stats`,
    `/author/questions/${bad}/edit`,
    `/author/quizzes/${bad}`,
  ];
  for (const bad of BAD_PATHS) {
    for (const path of pages(bad))
      expect((await request.get(path, { maxRedirects: 0 })).status(), `${path} signed out`).toBe(404);
  }
  await signIn(request, await createUser("ADMIN"));
  for (const bad of [...BAD_PATHS, "%00", "x%00y"]) {
    for (const path of pages(bad)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.text(), path).toContain("Page not found");
    }
  }
});

test("NUL in the query string: the API answers 400 naming the field; a page search ignores it", async ({ request }) => {
  await signIn(request, await createUser("ADMIN"));
  const api = await request.get("/api/v1/admin/users?q=%00");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.fields["query.q"]).toBeDefined();
  expect((await request.get("/api/v1/study/queue?limit=%00")).status()).toBe(400);
  const page = await request.get("/admin?q=a%00b");
  expect(page.status()).toBe(200);
  expect((await request.get("/author/decks/x?page=%00")).status()).toBe(404);
});

test("a sign-in with NUL in the email is a 400, before the database is asked", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "a\u0000@e2e.test", password: "whatever-pw", json: "true" },
  });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.fields.email).toBeDefined();
});
