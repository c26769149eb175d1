"use client";
// After "Reload" on a stale edit (or any refresh), the page hands the form the record's latest values and
// version. The form takes them for every field the user has not touched and keeps what the user typed, so the
// next save neither loses the user's input nor silently undoes the other person's change.
import { useEffect, useRef } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

export function useServerValues<T extends FieldValues>(form: UseFormReturn<T>, values: T, version: number) {
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  });
  const first = useRef(version);
  useEffect(() => {
    if (version === first.current) return;
    first.current = version;
    form.reset(latest.current, { keepDirtyValues: true, keepErrors: true });
  }, [form, version]);
}
