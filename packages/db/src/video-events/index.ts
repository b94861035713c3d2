export {
  getVideoRoom,
  type RecordedVideoEvent,
  recordVideoEvent,
  VideoEvent,
  VideoEventName,
  type VideoRoom,
  videoRightOf,
} from "./video-events";
