import { z } from "zod";
import { platformDtoSchema, platformInputSchema, platformListSchema } from "@/lib/lti/schemas";
import { endpoint, idParams } from "../endpoint";

const tag = "Admin";

export const listLtiPlatformsEp = endpoint({
  method: "GET",
  path: "/api/v1/admin/lti/platforms",
  summary: "LTI 1.3 platforms (LMSs) registered with Layerwise",
  tag,
  access: "admin",
  response: platformListSchema,
});

export const createLtiPlatformEp = endpoint({
  method: "POST",
  path: "/api/v1/admin/lti/platforms",
  summary:
    "Register an LTI 1.3 platform: issuer, client id, deployment ids, its auth login, token and JWKS URLs; allowedOrigin (frame-ancestors) defaults to the auth login URL's origin. 409 when the issuer + client id is already registered",
  tag,
  access: "admin",
  body: platformInputSchema,
  response: platformDtoSchema,
  status: 201,
  errors: [409],
});

export const updateLtiPlatformEp = endpoint({
  method: "PUT",
  path: "/api/v1/admin/lti/platforms/{platformId}",
  summary: "Replace a registered LTI platform's settings",
  tag,
  access: "admin",
  params: idParams("platformId"),
  body: platformInputSchema,
  response: platformDtoSchema,
  errors: [404, 409],
});

export const deleteLtiPlatformEp = endpoint({
  method: "DELETE",
  path: "/api/v1/admin/lti/platforms/{platformId}",
  summary: "Remove a registered LTI platform (its links and identities go; the accounts stay)",
  tag,
  access: "admin",
  params: idParams("platformId"),
  response: z.object({ deleted: z.literal(true) }),
  errors: [404],
});
