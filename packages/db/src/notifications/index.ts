// In-app notifications: written inside the transaction of the change they announce.
export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
  type NotificationInput,
  type NotificationView,
  notify,
} from "./notifications";
