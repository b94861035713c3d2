import { CohortLayout } from "@/features/cohorts";

export default async function Layout({ params, children }: LayoutProps<"/cohorts/[id]">) {
  return <CohortLayout params={await params}>{children}</CohortLayout>;
}
