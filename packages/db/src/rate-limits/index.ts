export { createRateLimitPool, RATE_LIMIT_TABLE } from "./rate-limit-store";
