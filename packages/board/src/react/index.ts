export { ComponentIcon } from "./kit/ComponentIcon";
export { ComponentShapeUtil } from "./kit/ComponentShapeUtil";
export { type BoardState, boardShapeUtils, type UseBoardOptions, useBoard } from "./use-board";
