// Public surface of the app shell: the signed-in frame (sidebar navigation) around app
// pages, and the app's own 404 pages in the right frame for who is looking.
export { AppShell } from "./AppShell";
export { AppNotFoundPage, NotFoundPage } from "./NotFoundPage";
