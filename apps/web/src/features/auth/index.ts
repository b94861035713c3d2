// Public surface of the auth feature: sign-in and registration pages, next-auth, and who
// is signed in. Other features import from here, never from its files.

export { SignOutButton } from "./components/SignOutButton";
export { RegisterPage } from "./RegisterPage";
export { SignInPage } from "./SignInPage";
export { authOptions } from "./server/auth-options";
export {
  type CurrentUser,
  displayName,
  getCurrentUser,
  requireApiUser,
  requireUser,
} from "./server/current-user";
export { nextAuthGET, nextAuthPOST } from "./server/next-auth-route";
export { openPasswordDoor } from "./server/password-door";
export { registerPOST } from "./server/register-route";
export { signOutEverywherePOST } from "./server/sign-out-everywhere-route";
