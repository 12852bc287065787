import { answerDeepLink, loadDeepLink } from "@/lib/lti/deep-linking";
import { escapeHtml, htmlPage } from "@/lib/lti/html";
import { ltiErrorPage, readForm } from "@/lib/lti/http";
import { deepLinkPickSchema } from "@/lib/lti/schemas";
import { AppError } from "@/lib/errors";
import { appOrigin, assertSameOrigin } from "@/lib/security/origin";

type Ctx = { params: Promise<{ token: string }> };

/** The Deep Linking picker: the instructor chooses one live quiz or published deck. */
export async function GET(_req: Request, ctx: Ctx) {
  try {
    const { token } = await ctx.params;
    const { request, quizzes, decks } = await loadDeepLink(token);
    const option = (value: string, label: string, checked: boolean) =>
      `<label><input type="radio" name="item" value="${escapeHtml(value)}" required${checked ? " checked" : ""}> ${escapeHtml(label)}</label>`;
    const body =
      `<h1>Add Layerwise to your course</h1><form method="post">` +
      `<fieldset><legend>Quizzes (graded: the score goes to the gradebook)</legend>${quizzes.map((q, i) => option(`quiz:${q.id}`, `${q.title} (${q.deck.title})`, i === 0)).join("") || "<p>No live quizzes.</p>"}</fieldset>` +
      `<fieldset><legend>Decks (study, not graded)</legend>${decks.map((d) => option(`deck:${d.id}`, d.title, false)).join("") || "<p>No published decks.</p>"}</fieldset>` +
      `<button type="submit">Add to course</button></form>`;
    return htmlPage("Add Layerwise to your course", body, { frameAncestors: request.platform.allowedOrigin });
  } catch (err) {
    return ltiErrorPage(err);
  }
}

/**
 * The pick: a same-origin form post from the picker above (checked like every write), answered
 * with the signed LtiDeepLinkingResponse in a form that posts itself to the platform's return URL.
 */
export async function POST(req: Request, ctx: Ctx) {
  try {
    assertSameOrigin(req);
    const { token } = await ctx.params;
    const parsed = deepLinkPickSchema.safeParse(Object.fromEntries((await readForm(req)) ?? []));
    if (!parsed.success)
      throw new AppError("BAD_REQUEST", "Choose one quiz or deck.", { fields: { item: ["required"] } });
    const origin = appOrigin(req.headers, req.url);
    const { returnUrl, jwt, frameOrigin } = await answerDeepLink(token, parsed.data.item, `${origin}/api/lti/launch`);
    const body =
      `<h1>Returning to your course…</h1><form method="post" action="${escapeHtml(returnUrl)}">` +
      `<input type="hidden" name="JWT" value="${escapeHtml(jwt)}"><button type="submit">Continue</button></form>`;
    return htmlPage("Returning to your course", body, {
      frameAncestors: frameOrigin,
      formAction: new URL(returnUrl).origin,
      script: "document.forms[0].submit();",
    });
  } catch (err) {
    return ltiErrorPage(err);
  }
}
