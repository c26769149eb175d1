"use client";
// A button that shows and hides a region below it (an inline form, a list of details): aria-expanded tells
// assistive technology the state, and the region's content mounts only while open, so a form inside starts
// fresh each time and can take the focus with autoFocus.
import { useId, useState, type ReactNode } from "react";

import { Button, type ButtonVariant } from "@/components/ui/button";

export function Disclosure({
  label,
  children,
  defaultOpen = false,
  variant = "secondary",
}: {
  label: ReactNode;
  /** The region; a function receives `close` (e.g. for a form to call after saving). */
  children: ReactNode | ((close: () => void) => ReactNode);
  defaultOpen?: boolean;
  variant?: ButtonVariant;
}) {
  const [isOpen, setOpen] = useState(defaultOpen);
  const id = useId();
  const close = () => setOpen(false);
  return (
    <div>
      <Button
        variant={variant}
        size="sm"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => setOpen((open) => !open)}
      >
        {label}
      </Button>
      <div id={id} hidden={!isOpen} className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        {isOpen ? (typeof children === "function" ? children(close) : children) : null}
      </div>
    </div>
  );
}
