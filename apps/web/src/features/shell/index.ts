// Public surface of the app shell: the signed-in frame (sidebar navigation) around app pages.
export { AppShell } from "./AppShell";
