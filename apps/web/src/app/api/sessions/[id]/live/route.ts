export { liveFeedGET as GET } from "@/features/room";

// A long-lived event stream: never cached, never pre-rendered.
export const dynamic = "force-dynamic";
