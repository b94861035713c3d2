import { z } from "zod";
import { CODE_LANGUAGES } from "./languages";

// A prompt's code: starter code per language and example tests that "Run tests" calls.
// Prompt files carry it (packages/prompt-bank validates it with this schema); the sandbox
// runs it. Candidate-visible, like the brief it sits in.

/** A Python identifier that is also a JavaScript one (the harness names it in both languages). */
const Identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "a plain identifier");

/** One method call on the object a class test builds; `expected` unset means "not checked". */
export const MethodCall = z.object({
  method: Identifier,
  args: z.array(z.json()).default([]),
  expected: z.json().optional(),
});

export const CodeTest = z
  .object({
    name: z.string().trim().min(1).max(120),
    /** The function's arguments, or the class constructor's. */
    args: z.array(z.json()).default([]),
    /** What the function returns (function tests). */
    expected: z.json().optional(),
    /** Calls on the object in order (class tests). */
    calls: z.array(MethodCall).max(200).optional(),
  })
  .strict();
export type CodeTest = z.infer<typeof CodeTest>;

export const CodeExercise = z
  .object({
    /**
     * The function or class the tests call, named as in Python. JavaScript and TypeScript use
     * its camelCase form (closest_pair -> closestPair; a class name stays as it is); method
     * names are the same in every language.
     */
    entry: Identifier,
    kind: z.enum(["function", "class"]).default("function"),
    starter: z.partialRecord(z.enum(CODE_LANGUAGES), z.string().max(20_000)).default({}),
    tests: z.array(CodeTest).max(50).default([]),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    exercise.tests.forEach((test, index) => {
      const isClassTest = test.calls !== undefined;
      if (exercise.kind === "class" && !isClassTest)
        ctx.addIssue({
          code: "custom",
          path: ["tests", index, "calls"],
          message: "a class test lists calls",
        });
      if (exercise.kind === "function" && (isClassTest || test.expected === undefined))
        ctx.addIssue({
          code: "custom",
          path: ["tests", index, "expected"],
          message: "a function test has an expected value and no calls",
        });
    });
  });
export type CodeExercise = z.infer<typeof CodeExercise>;
