import { hash, verify, type Options } from "@node-rs/argon2";

// argon2id with OWASP's suggested minimum (19 MiB, 2 iterations, 1 lane).
// (Algorithm is a const enum, which isolatedModules cannot read: 2 is Argon2id.)
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the const enum cannot be imported under isolatedModules (see above).
const OPTIONS: Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A real hash to verify against when the email is unknown, so timing does not reveal
// which emails have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("layerwise-dummy-password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
