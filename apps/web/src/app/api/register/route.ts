import { EmailTakenError, registerUser } from "@mockboard/db";
import { NextResponse } from "next/server";
import { RegisterInput } from "@/server/auth/credentials";
import { db } from "@/server/db";
import { HttpError, readJson, route } from "@/server/http";
import { logger } from "@/server/logger";

export const POST = route(async (request) => {
  const input = await readJson(request, RegisterInput);
  try {
    const user = await registerUser(db(), input);
    logger.info({ userId: user.id }, "user registered");
    return NextResponse.json({ user }, { status: 201 });
  } catch (error) {
    if (error instanceof EmailTakenError) throw new HttpError(409, error.message);
    throw error;
  }
});
