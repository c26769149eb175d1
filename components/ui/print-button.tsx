"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the layout hides navigation, filters and buttons on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
