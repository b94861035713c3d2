import "server-only";
import pino from "pino";
import { env } from "./env";

let instance: pino.Logger | undefined;

/** The app's pino logger, made on first use so importing a route never reads the environment. */
export function logger(): pino.Logger {
  instance ??= pino({
    name: "web",
    level: env().LOG_LEVEL,
    base: { service: "web" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return instance;
}
