import "server-only";
import crypto from "node:crypto";
import { SignJWT } from "jose";
import { db } from "@/lib/db/client";
import { LIVE_QUIZ, VISIBLE_DECK } from "@/lib/decks/visibility";
import { AppError } from "@/lib/errors";
import { CLAIM, MESSAGE } from "./claims";
import { toolKey, TOOL_ALG } from "./keys";
import { hashToken, newToken } from "./tokens";

/** An instructor has this long to pick something after a Deep Linking launch. */
export const DEEP_LINK_TTL_MS = 30 * 60_000;

export async function createDeepLinkRequest(
  req: { platformId: string; deploymentId: string; userId: string; returnUrl: string; data: string | null },
  now = new Date(),
): Promise<string> {
  const { token, hash } = newToken();
  await db.ltiDeepLink.create({
    data: { tokenHash: hash, ...req, expiresAt: new Date(now.getTime() + DEEP_LINK_TTL_MS) },
  });
  await db.ltiDeepLink.deleteMany({ where: { expiresAt: { lt: now } } });
  return token;
}

const notFound = () =>
  new AppError("NOT_FOUND", "This content picker has expired or was already used. Start again from your course.");

/** The open request a picker token names, with what its instructor may pick: live quizzes and published decks. */
export async function loadDeepLink(token: string, now = new Date()) {
  const request = await db.ltiDeepLink.findFirst({
    where: { tokenHash: hashToken(token), expiresAt: { gt: now } },
    include: { platform: true },
  });
  if (!request) throw notFound();
  const [quizzes, decks] = await Promise.all([
    db.quiz.findMany({
      where: LIVE_QUIZ,
      select: { id: true, title: true, deck: { select: { title: true } } },
      orderBy: { title: "asc" },
      take: 200,
    }),
    db.deck.findMany({ where: VISIBLE_DECK, select: { id: true, title: true }, orderBy: { title: "asc" }, take: 200 }),
  ]);
  return { request, quizzes, decks };
}

/**
 * The instructor's pick as a signed LtiDeepLinkingResponse (Deep Linking 2.0 §4.2): an
 * ltiResourceLink to our launch URL whose custom parameter names the quiz or deck, with a line
 * item (scores out of 100) for a quiz. The request is used up here, so a picker posts once.
 */
export async function answerDeepLink(
  token: string,
  pick: { kind: "quiz" | "deck"; id: string },
  launchUrl: string,
  now = new Date(),
): Promise<{ returnUrl: string; jwt: string; frameOrigin: string }> {
  const rows = await db.$queryRaw<
    { platformId: string; deploymentId: string; returnUrl: string; data: string | null }[]
  >`DELETE FROM "LtiDeepLink" WHERE "tokenHash" = ${hashToken(token)} AND "expiresAt" > ${now}
    RETURNING "platformId", "deploymentId", "returnUrl", data`;
  const request = rows.at(0);
  if (!request) throw notFound();
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: request.platformId } });
  const item =
    pick.kind === "quiz"
      ? await db.quiz.findFirst({ where: { id: pick.id, ...LIVE_QUIZ }, select: { id: true, title: true } })
      : await db.deck.findFirst({ where: { id: pick.id, ...VISIBLE_DECK }, select: { id: true, title: true } });
  if (!item)
    throw new AppError("BAD_REQUEST", "That quiz or deck is not available.", { fields: { item: ["not found"] } });
  const contentItem = {
    type: "ltiResourceLink",
    title: item.title,
    url: launchUrl,
    custom: pick.kind === "quiz" ? { quiz_id: item.id } : { deck_id: item.id },
    ...(pick.kind === "quiz" ? { lineItem: { scoreMaximum: 100, label: item.title, resourceId: item.id } } : {}),
  };
  const key = await toolKey();
  const jwt = await new SignJWT({
    nonce: crypto.randomBytes(16).toString("base64url"),
    [CLAIM.messageType]: MESSAGE.deepLinkingResponse,
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: request.deploymentId,
    [CLAIM.contentItems]: [contentItem],
    ...(request.data ? { [CLAIM.deepLinkingData]: request.data } : {}),
  })
    .setProtectedHeader({ alg: TOOL_ALG, kid: key.kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + 300)
    .sign(key.privateKey);
  return { returnUrl: request.returnUrl, jwt, frameOrigin: platform.allowedOrigin };
}
