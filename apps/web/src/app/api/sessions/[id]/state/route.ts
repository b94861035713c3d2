export { roomStateGET as GET } from "@/features/room";
