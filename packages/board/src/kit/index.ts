// Node-safe entry: the board kit's catalogue (components and templates), the layout of a
// component and name matching for "/ to insert". Pure, no React.
export {
  COMPONENT_KINDS,
  COMPONENTS,
  type ComponentEntry,
  type ComponentKind,
  componentColor,
  componentEntry,
  entryKey,
  GROUP_COLORS,
  isComponentEntry,
  KIT_ENTRIES,
  type KitColor,
  type KitEntry,
  type KitGroup,
  TEMPLATE_IDS,
  TEMPLATES,
  type TemplateEntry,
  type TemplateId,
} from "./catalogue";
export {
  COMPONENT_DEFAULT_SIZE,
  COMPONENT_MIN_SIZE,
  type ComponentBody,
  componentBody,
  componentLayout,
} from "./layout";
export { matchKitEntries, normalizeName } from "./match";
