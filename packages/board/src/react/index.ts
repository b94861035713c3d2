export { type BoardState, type UseBoardOptions, useBoard } from "./use-board";
