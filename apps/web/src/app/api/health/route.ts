export { healthGET as GET } from "@/server/health-route";

export const dynamic = "force-dynamic";
