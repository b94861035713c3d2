import type { Metadata } from "next";
import { CohortsPage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Cohorts" };

export default CohortsPage;
