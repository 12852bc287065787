import { expect, test, type APIRequestContext } from "@playwright/test";
import { ORIGIN, createUser, expectNoAxeViolations, signIn } from "./helpers";

const KEY = (right: string) => ({
  payload: {
    options: [
      { text: "runc", correct: right === "runc" },
      { text: "containerd", correct: right === "containerd" },
    ],
  },
});

async function send(req: APIRequestContext, method: "POST" | "PUT" | "PATCH", url: string, data?: unknown) {
  const res = await req.fetch(url, { method, headers: { origin: ORIGIN }, data });
  expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBeTruthy();
  return res.json();
}

test("an instructor fixes a key, publishes, and regrades: the dry run lists the change, Apply writes it", async ({
  browser,
}) => {
  // Separate contexts (cookies), and axe needs pages made from a context.
  const author = await (await browser.newContext()).newPage();
  const learner = await (await browser.newContext()).newPage();
  await signIn(author, await createUser("INSTRUCTOR"));
  await signIn(learner, await createUser());

  const deck = await send(author.request, "POST", "/api/v1/author/decks", { title: `Regrade ${Date.now()}` });
  const question = await send(author.request, "POST", `/api/v1/author/decks/${deck.id}/questions`, {
    type: "single",
    prompt: "Which component creates the container's namespaces?",
    explanation: "runc does, for containerd's shim.",
    section: "4.3",
    ...KEY("containerd"), // the wrong key
  });
  await send(author.request, "POST", `/api/v1/author/decks/${deck.id}/publish`);
  const quiz = await send(author.request, "POST", "/api/v1/quizzes", {
    deckId: deck.id,
    title: "Regrade e2e quiz",
    questionCount: 1,
    timeLimitSeconds: 600,
    attemptsAllowed: 1,
    passMarkPercent: 70,
  });

  const attempt = await send(learner.request, "POST", `/api/v1/quizzes/${quiz.id}/attempts`);
  const runc = attempt.questions[0].view.options.find((o: { text: string }) => o.text === "runc");
  await send(learner.request, "PUT", `/api/v1/attempts/${attempt.id}/answers`, {
    questionId: question.id,
    answer: { choice: runc.id },
  });
  await send(learner.request, "POST", `/api/v1/attempts/${attempt.id}/submit`);

  await send(author.request, "PATCH", `/api/v1/author/questions/${question.id}`, KEY("runc"));
  await author.goto(`/author/decks/${deck.id}`);
  await expect(author.getByText(/1 question has unpublished changes/)).toBeVisible();
  await send(author.request, "POST", `/api/v1/author/decks/${deck.id}/publish`);

  await author.setViewportSize({ width: 1280, height: 800 });
  await author.goto(`/author/quizzes/${quiz.id}`);
  await author.getByRole("button", { name: "Regrade" }).click();
  await expect(author.getByRole("status").filter({ hasText: "would change 1 attempt" })).toBeVisible();
  const table = author.getByRole("table").last();
  await expect(table.getByRole("row").nth(1)).toContainText("0%");
  await expect(table.getByRole("row").nth(1)).toContainText("100%");
  await expect(table.getByRole("row").nth(1)).toContainText("fail → pass");
  await expectNoAxeViolations(author);
  await author.screenshot({ path: "test-results/regrade-1280.png", fullPage: true });
  await author.setViewportSize({ width: 390, height: 844 });
  await author.screenshot({ path: "test-results/regrade-390.png", fullPage: true });

  await author.getByRole("button", { name: "Apply" }).click();
  await expect(author.getByRole("status").filter({ hasText: "Regraded: 1 attempt changed." })).toBeVisible();
  const result = await (await learner.request.get(`/api/v1/attempts/${attempt.id}/result`)).json();
  expect(result).toMatchObject({ scorePercent: 100, passed: true });
});
