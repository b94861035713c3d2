// Public surface of the sessions feature: the list of your sessions and creating one.
export { SessionList } from "./components/SessionList";
export { SessionsPage } from "./SessionsPage";
export { createSessionPOST } from "./server/create-session-route";
