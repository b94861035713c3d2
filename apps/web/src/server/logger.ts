import "server-only";
import pino from "pino";

export const logger = pino({
  name: "web",
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "web" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
