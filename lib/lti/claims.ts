/**
 * The LTI 1.3 / Advantage vocabulary Layerwise reads and writes (IMS LTI Core 1.3, Deep Linking
 * 2.0, AGS 2.0, NRPS 2.0), and the one rule mapping LTI roles onto ours. Pure: no server imports.
 */
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  nrps: "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
  deepLinkingSettings: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
  contentItems: "https://purl.imsglobal.org/spec/lti-dl/claim/content_items",
  deepLinkingData: "https://purl.imsglobal.org/spec/lti-dl/claim/data",
} as const;

export const SCOPE = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  memberships: "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
} as const;

export const MEDIA = {
  score: "application/vnd.ims.lis.v1.score+json",
  memberships: "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
} as const;

export const MESSAGE = {
  resourceLink: "LtiResourceLinkRequest",
  deepLinkingRequest: "LtiDeepLinkingRequest",
  deepLinkingResponse: "LtiDeepLinkingResponse",
} as const;

export type LtiRole = "LEARNER" | "INSTRUCTOR";

/**
 * Instructor-like context roles (Instructor, ContentDeveloper, Administrator of the course,
 * TeachingAssistant as a sub-role) → INSTRUCTOR; everything else → LEARNER. Never ADMIN: an LMS
 * cannot make anyone an administrator of Layerwise. Short names ("Instructor") are allowed by
 * the spec for context roles, so both forms count.
 */
export function mapLtiRoles(roles: readonly string[]): LtiRole {
  const teaching = /(?:^|[#/])(?:Instructor|ContentDeveloper|Administrator|TeachingAssistant)$/;
  const contextRole = (r: string) => !r.includes("/institution/") && !r.includes("/system/");
  return roles.some((r) => contextRole(r) && teaching.test(r)) ? "INSTRUCTOR" : "LEARNER";
}

/** The AGS scores URL of a line item: "/scores" appended to its path, its query kept (AGS 2.0 §3.4). */
export function scoresUrl(lineItemUrl: string): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/$/, "")}/scores`;
  return url.toString();
}
