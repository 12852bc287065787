export async function QuizHistory({ userId }: { userId: string }) {
  void userId;
  return null;
}
