// Public surface of the app shell: the signed-in frame (sidebar navigation) around app
// pages, and the app's own 404 and 403 pages in the right frame for who is looking.
export { AppShell } from "./AppShell";
export { AppForbiddenPage } from "./ForbiddenPage";
export { AppNotFoundPage, NotFoundPage } from "./NotFoundPage";
