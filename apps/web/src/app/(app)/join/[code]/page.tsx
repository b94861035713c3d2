import { JoinPage } from "@/features/invites";

export default async function Page({ params }: PageProps<"/join/[code]">) {
  return <JoinPage params={await params} />;
}
