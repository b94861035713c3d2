// Public surface of the landing feature: the page signed-out visitors see at /.
export { LandingPage } from "./LandingPage";
