import { unarchiveQuestionEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { setQuestionArchived } from "@/lib/authoring/questions";

export const POST = handle(unarchiveQuestionEp, ({ user, params }) =>
  setQuestionArchived(user, params.questionId, false),
);
