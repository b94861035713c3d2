import { z } from "zod";
import { fileSchemas } from "./content-files";

export type JsonSchemaFile = keyof typeof fileSchemas;

/**
 * The JSON Schemas of the content files, generated from the zod schemas, for editors
 * (yaml-language-server). Input side: fields with a default may be left out. Objects refuse
 * unknown keys, as the loader does.
 */
export function contentJsonSchemas(): Record<JsonSchemaFile, Record<string, unknown>> {
  const entries = Object.entries(fileSchemas).map(([file, schema]) => [
    file,
    z.toJSONSchema(schema, {
      io: "input",
      target: "draft-07",
      override: ({ jsonSchema }) => {
        if (jsonSchema.type === "object" && jsonSchema.properties) jsonSchema.additionalProperties = false;
      },
    }),
  ]);
  return Object.fromEntries(entries);
}
