// Public surface of the account feature: the account page (sign out on every device).
export { AccountPage } from "./AccountPage";
