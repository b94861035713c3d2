// Public surface of the notifications feature: the inbox page and the unread count the
// navigation shows.
export { NotificationsPage } from "./NotificationsPage";
export { unreadCount } from "./server/unread-count";
