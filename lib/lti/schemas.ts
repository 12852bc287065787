import { z } from "zod";

/** LTI shapes (no server imports): the admin's platform form, the login request, the DTO. */

const httpsOrLocalUrl = (field: string) =>
  z
    .url({ error: `${field} must be a URL` })
    .max(2000, `${field} must be at most 2000 characters`)
    // Refinements run after a failed format check too: a string that is no URL is not also "not https".
    .refine((v) => {
      const u = URL.parse(v);
      return (
        !u || u.protocol === "https:" || (u.protocol === "http:" && ["localhost", "127.0.0.1"].includes(u.hostname))
      );
    }, `${field} must be https (http only for localhost)`);

export const platformInputSchema = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(120, "name must be at most 120 characters"),
  issuer: z.string().trim().min(1, "issuer is required").max(500, "issuer must be at most 500 characters"),
  clientId: z.string().trim().min(1, "clientId is required").max(500, "clientId must be at most 500 characters"),
  deploymentIds: z
    .array(z.string().trim().min(1, "a deployment id cannot be empty").max(500))
    .min(1, "deploymentIds needs at least one deployment id")
    .max(50, "deploymentIds holds at most 50"),
  authLoginUrl: httpsOrLocalUrl("authLoginUrl"),
  tokenUrl: httpsOrLocalUrl("tokenUrl"),
  jwksUrl: httpsOrLocalUrl("jwksUrl"),
  tokenAudience: z.string().trim().max(2000).optional(),
  /** Defaults to the origin of authLoginUrl. */
  allowedOrigin: httpsOrLocalUrl("allowedOrigin")
    .refine((v) => {
      const u = URL.parse(v);
      return !u || u.origin === v.replace(/\/$/, "");
    }, "allowedOrigin must be an origin (no path)")
    .optional(),
});
export type PlatformInput = z.infer<typeof platformInputSchema>;

export const platformDtoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    deploymentIds: z.array(z.string()),
    authLoginUrl: z.string(),
    tokenUrl: z.string(),
    jwksUrl: z.string(),
    tokenAudience: z.string().nullable(),
    allowedOrigin: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "LtiPlatform" });
export type PlatformDto = z.infer<typeof platformDtoSchema>;
export const platformListSchema = z.object({ platforms: z.array(platformDtoSchema) });

/** The third-party initiated login (OIDC), GET query or POST form (LTI Core 1.3 §5.1.1). */
export const loginRequestSchema = z.object({
  iss: z.string().min(1, "iss is required").max(500),
  login_hint: z.string().min(1, "login_hint is required").max(2000),
  target_link_uri: z.url({ error: "target_link_uri must be a URL" }).max(2000),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().max(500).optional(),
  lti_deployment_id: z.string().max(500).optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The claims of a launch Layerwise relies on; the rest of the id_token is ignored. */
export const launchClaimsSchema = z.looseObject({
  sub: z.string().min(1, "the id_token has no sub").max(255),
  nonce: z.string().min(1, "the id_token has no nonce").max(500),
  name: z.string().max(200).optional(),
  "https://purl.imsglobal.org/spec/lti/claim/message_type": z.enum(
    ["LtiResourceLinkRequest", "LtiDeepLinkingRequest"],
    {
      error: "message_type must be LtiResourceLinkRequest or LtiDeepLinkingRequest",
    },
  ),
  "https://purl.imsglobal.org/spec/lti/claim/version": z.literal("1.3.0", { error: "version must be 1.3.0" }),
  "https://purl.imsglobal.org/spec/lti/claim/deployment_id": z.string().min(1).max(255),
  "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": z.string().max(2000).optional(),
  "https://purl.imsglobal.org/spec/lti/claim/roles": z.array(z.string()).default([]),
  "https://purl.imsglobal.org/spec/lti/claim/resource_link": z
    .looseObject({ id: z.string().min(1).max(255), title: z.string().max(500).optional() })
    .optional(),
  "https://purl.imsglobal.org/spec/lti/claim/context": z
    .looseObject({ id: z.string().min(1).max(255), title: z.string().max(500).optional() })
    .optional(),
  "https://purl.imsglobal.org/spec/lti/claim/custom": z.record(z.string(), z.unknown()).optional(),
  "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": z
    .looseObject({
      scope: z.array(z.string()).default([]),
      lineitem: z.url().optional(),
      lineitems: z.url().optional(),
    })
    .optional(),
  "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": z
    .looseObject({ context_memberships_url: z.url() })
    .optional(),
  "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": z
    .looseObject({ deep_link_return_url: z.url(), data: z.string().max(4000).optional() })
    .optional(),
});
export type LaunchClaims = z.infer<typeof launchClaimsSchema>;

/** An instructor's Deep Linking pick: one quiz or one deck. */
export const deepLinkPickSchema = z.strictObject({
  item: z
    .string()
    .regex(/^(quiz|deck):[A-Za-z0-9_-]{1,100}$/, "item must be quiz:<id> or deck:<id>")
    .transform((v) => {
      const [kind, id] = v.split(":") as ["quiz" | "deck", string];
      return { kind, id };
    }),
});

/** One member of an NRPS roster, as Layerwise shows it. */
export const rosterSchema = z.object({
  members: z.array(
    z.object({
      userId: z.string(),
      name: z.string().nullable(),
      roles: z.array(z.string()),
      status: z.string(),
      linked: z.boolean(),
    }),
  ),
});
export type Roster = z.infer<typeof rosterSchema>;
