export { ComponentIcon } from "./kit/ComponentIcon";
export { ComponentShapeUtil } from "./kit/ComponentShapeUtil";
export { type BoardState, boardShapeUtils, useBoard } from "./use-board";
export {
  localBoardName,
  type SessionDoc,
  SessionDocProvider,
  type UseSessionDocOptions,
  useSessionDoc,
  useSharedSessionDoc,
} from "./use-session-doc";
