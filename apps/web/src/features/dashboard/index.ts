// Public surface of the dashboard feature: the signed-in home page.
export { DashboardPage } from "./DashboardPage";
