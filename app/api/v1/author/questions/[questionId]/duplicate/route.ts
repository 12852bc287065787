import { duplicateQuestionEp } from "@/lib/api/endpoints/authoring";
import { handle } from "@/lib/api/handler";
import { duplicateQuestion } from "@/lib/authoring/questions";

export const POST = handle(duplicateQuestionEp, ({ user, params }) => duplicateQuestion(user, params.questionId));
