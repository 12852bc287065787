import { handle } from "@/lib/api/handler";
import { requestFsrsFitEp } from "@/lib/api/endpoints/account";
import { getBoss } from "@/lib/jobs/boss";
import { requestFit } from "@/lib/jobs/fit-queue";

export const POST = handle(requestFsrsFitEp, async ({ user }) => requestFit(await getBoss(), user.id));
