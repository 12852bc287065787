import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/log";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export function outboxDir(): string {
  return path.resolve(process.cwd(), ".data", "outbox");
}

let transport: Transporter | undefined;

function smtpTransport(url: string): Transporter {
  transport ??= nodemailer.createTransport(url);
  return transport;
}

/**
 * Sends through SMTP_URL; without it the message (a real RFC 822 file, built by
 * nodemailer's stream transport) goes to .data/outbox/ so development needs no mail server.
 */
export async function sendMail(mail: Mail): Promise<{ file?: string }> {
  const { SMTP_URL, MAIL_FROM } = env();
  const message = { from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text };
  if (SMTP_URL) {
    await smtpTransport(SMTP_URL).sendMail(message);
    return {};
  }
  const info = await nodemailer
    .createTransport({ streamTransport: true, buffer: true, newline: "windows" })
    .sendMail(message);
  await fs.mkdir(outboxDir(), { recursive: true });
  const file = path.join(
    outboxDir(),
    `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.eml`,
  );
  await fs.writeFile(file, info.message as Buffer);
  logger.info({ file }, "mail: no SMTP_URL set, mail written to the outbox");
  return { file };
}
