// lodash.isequalwith ships no types (only src/bundle/lodash-isequal.ts imports it).
declare module "lodash.isequalwith" {
  export default function isEqualWith(
    value: unknown,
    other: unknown,
    customizer?: (value: unknown, other: unknown) => boolean | undefined,
  ): boolean;
}
