import "server-only";
import { countUnreadNotifications } from "@mockboard/db";
import { db } from "@/server/db";

/** How many notifications the person has not seen: the number beside "Inbox". */
export function unreadCount(userId: string): Promise<number> {
  return countUnreadNotifications(db(), userId);
}
