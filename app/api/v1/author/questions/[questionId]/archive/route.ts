import { archiveQuestionEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { setQuestionArchived } from "@/lib/authoring/questions";

export const POST = handle(archiveQuestionEp, ({ user, params }) => setQuestionArchived(user, params.questionId, true));
