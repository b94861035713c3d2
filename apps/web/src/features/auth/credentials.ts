import { z } from "zod";

export const SignInInput = z.object({
  email: z.string().trim().email("Enter a valid email address").max(254),
  password: z.string().min(1, "Enter your password").max(200),
});

export const RegisterInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(80),
  email: z.string().trim().email("Enter a valid email address").max(254),
  password: z.string().min(8, "Use at least 8 characters").max(200, "Use at most 200 characters"),
});
export type RegisterInput = z.infer<typeof RegisterInput>;
