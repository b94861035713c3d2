export { discardRoundDraft, generateRoundDraft, RoundRequestInput } from "./draft-round";
export { setPairingPrompt, swapRoundMembers } from "./edit-round";
export { publishRound } from "./publish-round";
export { PairingId, RoundId } from "./rotation-ids";
export {
  getRotation,
  type RotationView,
  type RoundPairingView,
  type RoundView,
} from "./rotation-view";
