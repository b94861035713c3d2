export { DEMO_ACCOUNTS, DEMO_PASSWORD, disableDemoPasswords, seedDemoData } from "./demo-accounts";
export {
  hashPassword,
  PASSWORD_HASHING,
  PasswordHashingBusyError,
  passwordHashingStats,
  verifyPassword,
} from "./passwords";
export { endSignIn, isSignInCurrent, type SignIn, signOutEverywhere } from "./sign-in-sessions";
export {
  authenticateUser,
  normalizeEmail,
  type PublicUser,
  type Registration,
  registerUser,
} from "./users";
