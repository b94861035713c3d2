import { isComponentEntry, type KitEntry, type TemplateId } from "@mockboard/board/kit";
import { ComponentIcon } from "@mockboard/board/react";
import { Calculator, Code, type LucideIcon, TableProperties } from "lucide-react";

const TEMPLATE_ICONS: Record<TemplateId, LucideIcon> = {
  "capacity-estimate": Calculator,
  "api-sketch": Code,
  "data-model": TableProperties,
};

/** The icon a kit entry shows in the palette and the insert list, in its colour on the board. */
export function KitIcon({
  entry,
  size = 24,
  color = "currentColor",
}: {
  entry: KitEntry;
  size?: number;
  color?: string;
}) {
  if (isComponentEntry(entry)) return <ComponentIcon kind={entry.kind} size={size} color={color} />;
  const Icon = TEMPLATE_ICONS[entry.template];
  return <Icon size={size} color={color} strokeWidth={1.75} aria-hidden="true" />;
}
