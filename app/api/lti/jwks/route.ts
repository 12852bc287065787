import { toolJwks } from "@/lib/lti/keys";

/** The tool's public keys (JWKS): platforms verify our client assertions and Deep Linking responses with them. */
export async function GET() {
  return Response.json(await toolJwks(), { headers: { "Cache-Control": "public, max-age=300" } });
}
