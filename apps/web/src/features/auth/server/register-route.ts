import "server-only";
import { registerUser } from "@mockboard/db";
import { z } from "zod";
import { db } from "@/server/db";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { logger } from "@/server/logger";
import { RegisterInput } from "../credentials";

const RegisteredResponse = z.object({
  user: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }),
});

/** Creates an email + password account; a taken email is the db layer's Conflict (409). */
export const registerPOST = route({ body: { schema: RegisterInput } }, async ({ body }) => {
  const user = await registerUser(db(), body);
  logger().info({ userId: user.id }, "user registered");
  return respond(RegisteredResponse, { user }, { status: 201 });
});
