import type { Metadata } from "next";
import { NewCohortPage } from "@/features/cohorts";

export const metadata: Metadata = { title: "Create a cohort" };

export default NewCohortPage;
