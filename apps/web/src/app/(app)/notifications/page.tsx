import type { Metadata } from "next";
import { NotificationsPage } from "@/features/notifications";

export const metadata: Metadata = { title: "Inbox" };

export default NotificationsPage;
