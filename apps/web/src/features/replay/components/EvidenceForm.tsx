"use client";

import { formatClock } from "@mockboard/interview";
import { useEffect, useId, useRef, useState } from "react";

interface Props {
  atMs: number;
  dimensions: { key: string; title: string }[];
  onSave(dimension: string, text: string): Promise<void>;
  onClose(): void;
}

/** Evidence stamped at the playhead when the form opened (the `e` key). */
export function EvidenceForm({ atMs, dimensions, onSave, onClose }: Props) {
  const [stampedAt] = useState(atMs);
  const [dimension, setDimension] = useState(dimensions[0]?.key ?? "");
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => textRef.current?.focus(), []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError("Write what you saw.");
    setSaving(true);
    setError(undefined);
    try {
      await onSave(dimension, text.trim());
      onClose();
    } catch (cause) {
      setError((cause as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="replay-evidence-form" onSubmit={submit} aria-label="Add evidence">
      <p className="small">
        Evidence at <strong>{formatClock(stampedAt)}</strong>
      </p>
      <label htmlFor={`${id}-dimension`}>Dimension</label>
      <select id={`${id}-dimension`} value={dimension} onChange={(event) => setDimension(event.target.value)}>
        {dimensions.map((option) => (
          <option key={option.key} value={option.key}>
            {option.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>What happened</label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") onClose();
        }}
      />
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn-primary btn-small" disabled={saving}>
          {saving ? "Saving…" : "Save evidence"}
        </button>
        <button type="button" className="btn btn-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
