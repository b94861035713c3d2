// Public surface of the prep feature: candidate preparation guides, one per round type.
export { PrepGuidePage } from "./PrepGuidePage";
export { PrepIndexPage } from "./PrepIndexPage";
