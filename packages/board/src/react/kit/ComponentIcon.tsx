import {
  Archive,
  Braces,
  Cloud,
  Cog,
  DoorOpen,
  FileSearch,
  Globe,
  Inbox,
  type LucideIcon,
  MonitorSmartphone,
  Server,
  Signpost,
  Split,
  Table,
  Waves,
  Zap,
} from "lucide-react";
import type { ComponentKind } from "../../kit/catalogue";

/** One icon per component, chosen to be told apart at a glance (lucide's, ISC licence). */
const ICONS: Record<ComponentKind, LucideIcon> = {
  client: MonitorSmartphone,
  dns: Signpost,
  cdn: Globe,
  "load-balancer": Split,
  "api-gateway": DoorOpen,
  service: Server,
  worker: Cog,
  // The cylinder says "database"; the icon inside says which kind.
  "sql-database": Table,
  "nosql-database": Braces,
  cache: Zap,
  queue: Inbox,
  stream: Waves,
  "object-store": Archive,
  "search-index": FileSearch,
  "external-api": Cloud,
};

interface Props {
  kind: ComponentKind;
  size: number;
  color: string;
  x?: number;
  y?: number;
  strokeWidth?: number;
}

/** A component's icon as an SVG element (drawn on the board, in exports and in the palette). */
export function ComponentIcon({ kind, size, color, x, y, strokeWidth = 1.75 }: Props) {
  const Icon = ICONS[kind];
  return <Icon x={x} y={y} size={size} color={color} strokeWidth={strokeWidth} aria-hidden="true" />;
}
