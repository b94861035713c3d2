import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// Every page depends on who is signed in: render at request time, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Mockboard", template: "%s · Mockboard" },
  description: "Practise technical interviews together on a shared whiteboard.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
