/**
 * A peer whose network is gone keeps its socket open on our side until a ping goes
 * unanswered: it is dropped, and leaves everyone's presence ("offline since"), at the first
 * beat after one it missed, so 2.5-5 s after the loss (at 30 s the other side took up to a
 * minute to learn). A ping is a few bytes per connection.
 */
export const HEARTBEAT_MS = 2500;
