import { getSessionUser } from "@/lib/auth/session";
import { toRouteResponse } from "@/lib/error-response";
import { AppError } from "@/lib/errors";
import { readRoster } from "@/lib/lti/roster";

/** A resource link's course roster (NRPS), for an instructor who launched it or an admin. */
export async function GET(_req: Request, ctx: { params: Promise<{ linkId: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHORIZED");
    const { linkId } = await ctx.params;
    return Response.json(await readRoster(user, linkId), { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return toRouteResponse(err);
  }
}
