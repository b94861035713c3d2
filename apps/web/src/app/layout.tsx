import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import "@/ui/ui.css";

// Every page depends on who is signed in: render at request time, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Mockboard", template: "%s · Mockboard" },
  description:
    "Mock interviews between peers on a shared whiteboard, with a prompt bank, guides and scorecards.",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { themeColor: "#11142a" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
