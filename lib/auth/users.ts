import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import { hashPassword } from "./password";
import type { SettingsInput } from "@/lib/srs/schemas";
import type { SignUpInput, UserDto } from "./schemas";

export async function createUser(input: SignUpInput, role: UserDto["role"] = "LEARNER"): Promise<UserDto> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing)
    throw new AppError("CONFLICT", "An account with this email already exists.", {
      fields: { email: ["An account with this email already exists"] },
    });
  const passwordHash = await hashPassword(input.password);
  try {
    return toUserDto(await db.user.create({ data: { email: input.email, name: input.name, passwordHash, role } }));
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError("CONFLICT", "An account with this email already exists.", {
        fields: { email: ["An account with this email already exists"] },
      });
    }
    throw err;
  }
}

export function toUserDto(u: {
  id: string;
  email: string;
  name: string | null;
  role: UserDto["role"];
  timeZone: string;
  newCardsPerDay: number;
  reviewsPerDay: number;
}): UserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    timeZone: u.timeZone,
    newCardsPerDay: u.newCardsPerDay,
    reviewsPerDay: u.reviewsPerDay,
  };
}

export async function updateSettings(userId: string, input: SettingsInput): Promise<UserDto> {
  return toUserDto(await db.user.update({ where: { id: userId }, data: input }));
}
